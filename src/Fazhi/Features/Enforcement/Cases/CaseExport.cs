using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>The cases' 台账 out to Excel, one row a case, in the columns agencies report; a person's
/// 身份证号 masked.</summary>
public static class CaseExport
{
    public static readonly string[] Columns =
    [
        "案号", "执法单位", "类型", "执法事项", "当事人", "当事人类型", "证件号码",
        "立案日期", "执法人员", "案件事实", "证据", "告知日期", "听证", "法制审核",
        "决定日期", "决定",
        "处罚种类", "罚款（元）", "超出裁量基准", "送达日期", "公开日期", "公开期限",
        "执行日期", "状态",
    ];

    public static async Task WriteAsync(IQueryable<EnforcementCase> cases, Stream output)
    {
        var list = await cases.Include(c => c.Handlers).ThenInclude(h => h.Officer).AsSplitQuery().ToListAsync();
        var rows = list.Select(c => Columns.Zip(Row(c)).ToDictionary(x => x.First, x => x.Second)).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, sheetName: "行政执法案件", excelType: ExcelType.XLSX);
    }

    static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd");

    static object?[] Row(EnforcementCase c) =>
    [
        c.Number, c.Unit?.Name, CaseLabels.Kind(c.Kind), c.Power?.Name, c.PartyName, CaseLabels.Party[c.PartyKind],
        CaseApi.PartyCode(c, false), Date(c.FiledOn),
        string.Join("、", CaseRules.Active(c).Select(h => h.Officer?.Name)), c.Facts, c.Evidence, Date(c.NotifiedOn),
        c.HearingHeldOn is { } held ? $"{held:yyyy-MM-dd}举行" : c.HearingNotified ? "已告知" : null,
        c.LegalReviewedOn is { } reviewed
            ? $"{reviewed:yyyy-MM-dd}{(c.LegalReviewPassed == true ? "通过" : "未通过")}"
            : CaseRules.ReviewRequired(c) ? "应审未审" : null,
        Date(c.DecidedOn), c.Outcome is { } o ? CaseLabels.Outcome[o] : null,
        c.Sorts == 0 ? null : CaseLabels.Sorts(c.Sorts), c.Amount, c.OutsideBand ? "是" : null,
        Date(c.DeliveredOn), Date(c.PublishedOn), Date(c.PublicityDue), Date(c.ExecutedOn),
        CaseLabels.Status[c.Status],
    ];
}
