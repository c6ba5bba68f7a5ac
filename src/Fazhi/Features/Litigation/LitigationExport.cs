using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Features.Litigation;

/// <summary>The litigation register as an Excel 台账, one row per case with its hearings and outcome summed
/// up.</summary>
public static class LitigationExport
{
    public static async Task WriteAsync(IQueryable<LitigationCase> cases, Stream output)
    {
        var rows = (await cases.ToListAsync()).Select(c => new Dictionary<string, object?>
        {
            ["案号"] = c.CaseNumber, ["被告"] = c.Unit?.Name, ["共同被告"] = c.CoDefendantUnit?.Name,
            ["法院"] = c.CourtUnit?.Name, ["审级"] = LitigationLabels.Instance[c.Instance],
            ["程序"] = LitigationLabels.Procedure[c.Procedure], ["不履行法定职" +
                "责"] = c.NonPerformance ? "是" : "否",
            ["原告"] = c.Plaintiffs, ["案由"] = c.Cause, ["立案日期"] = c.FiledOn.ToString("yyyy-MM-dd"),
            ["收到起诉状副本日期"] = c.ServedOn?.ToString("yyyy-MM-dd"),
            ["提交答辩日期"] = c.DefenceSubmittedOn?.ToString("yyyy-MM-dd"),
            ["开庭次数"] = c.Hearings.Count,
                ["负责人出庭次数"] = c.Hearings.Count(h => h.ResponsiblePersonAppeared),
            ["裁判形式"] = c.Form is { } f ? LitigationLabels.Form[f] : null,
            ["裁判结果"] = c.Outcome is { } o ? LitigationLabels.Outcome[o] : null,
            ["裁判日期"] = c.ConcludedOn?.ToString("yyyy-MM-dd"),
            ["是否败诉"] = c.Status == LitigationStatus.Concluded ? (c.AgencyLost ? "是" : "否") : null,
            ["上诉情况"] = c.Appellant is { } a ? LitigationLabels.Appellant[a] : null,
        }).ToList();
        await output.SaveAsAsync(rows, sheetName: "行政应诉台账", excelType: ExcelType.XLSX);
    }
}
