using MiniExcelLibs;

namespace Fazhi.Features.Rectification;

/// <summary>An inspection's rectification list as an Excel 台账, the form such lists are reported in: one row per
/// item with the findings it takes in, its unit, deadline, measures and how it stands.</summary>
public static class RectificationExport
{
    public static Task WriteAsync(Oversight o, DateOnly today, Stream output)
    {
        var rows = o.Items.OrderBy(i => i.Number).Select(i => new Dictionary<string, object?>
        {
            ["督察"] = o.Title, ["序号"] = i.Number, ["问题"] = i.Problem,
            ["对应督察问题"] = string.Join("、", o.Findings.Where(f => f.ItemId == i.Id).Select(f => f.Number)),
            ["责任单位"] = i.Unit?.Name, ["交办日期"] = i.AssignedOn.ToString("yyyy-MM-dd"),
            ["整改时限"] = i.DueOn.ToString("yyyy-MM-dd"), ["整改措施"] = i.Measures,
            ["状态"] = RectificationLabels.State(i, today), ["销号日期"] = i.ClosedOn?.ToString("yyyy-MM-dd"),
            ["审核意见"] = i.ReviewText,
        }).ToList();
        return output.SaveAsAsync(rows, sheetName: "整改台账", excelType: ExcelType.XLSX);
    }
}
