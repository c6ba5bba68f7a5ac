using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Reconsideration;

/// <summary>The reconsideration 台账 in and out of Excel. Export and import share one column layout, so an exported
/// sheet
/// imports back.</summary>
public static class CaseExchange
{
    public static readonly string[] Columns =
    [
        "案号", "申请人", "复议机关", "被申请人", "被申请行为", "行为类别", "程序", "简易" +
            "程序情形", "涉案金额（元）",
        "收到申请日期", "受理日期", "决定日期", "决定类型", "被申请人自行纠错", "状态",
    ];
    static readonly string[] Required = ["案号", "申请人", "复议机关", "被申请人", "被申请行为",
        "行为类别", "收到申请日期"];

    public static async Task ExportAsync(IQueryable<ReconsiderationCase> cases, Stream output)
    {
        var rows = (await cases.ToListAsync()).Select(c => new Dictionary<string, object?>
        {
            ["案号"] = c.CaseNumber, ["申请人"] = c.Applicants, ["复议机关"] = c.Unit?.Name,
            ["被申请人"] = c.RespondentUnit?.Name, ["被申请行为"] = c.ContestedAct,
            ["行为类别"] = Labels.Category[c.Category], ["程序"] = Labels.Procedure[c.Procedure],
            ["简易程序情形"] = c.SimplifiedBasis is { } b ? Labels.Basis[b] : null,
            ["涉案金额（元）"] = c.AmountYuan,
            ["收到申请日期"] = c.ReceivedOn.ToString("yyyy-MM-dd"),
            ["受理日期"] = c.AcceptedOn?.ToString("yyyy-MM-dd"),
            ["决定日期"] = c.ConcludedOn?.ToString("yyyy-MM-dd"),
            ["决定类型"] = c.Decision is { } d ? Labels.Decision[d] : null,
            ["被申请人自行纠错"] = c.RespondentSelfCorrected ? "是" : "否",
            ["状态"] = Labels.Status[c.Status],
        }).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, sheetName: "行政复议台账", excelType: ExcelType.XLSX);
    }

    /// <summary>All or nothing: every bad row is reported with row and column, and a file with any error saves
    /// nothing.</summary>
    public static async Task<ImportResult> ImportAsync(
        IServiceProvider sp, Stream input, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        var today = sp.GetRequiredService<ReconsiderationService>().Today;
        var calc = sp.GetRequiredService<DeadlineCalculator>();
        var sheet = SheetReader.Open(input, Required);
        if (sheet.Errors.Count > 0) return new ImportResult(0, "件", sheet.Errors);
        var errors = sheet.Errors;
        var units = await UnitColumn.LoadAsync(db, ct);
        var existing = await ExistingNumbersAsync(
            db, sheet.Rows.Select(r => SheetReader.Text(r.Cells, "案号")).OfType<string>(), ct);
        var seen = new Dictionary<(int, string), int>();
        var cases = new List<ReconsiderationCase>();

        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            string Need(string col)
            {
                var v = SheetReader.Text(cells, col);
                if (v is null) errors.Add(new RowError(row, col, "必填"));
                return v ?? "";
            }
            T? Choice<T>(Dictionary<T, string> map, string col) where T : struct, Enum
            {
                var text = SheetReader.Text(cells, col);
                if (text is null) return null;
                try { return Labels.Parse(map, text); }
                catch (FormatException e) { errors.Add(new RowError(row, col, e.Message)); return null; }
            }

            var c = new ReconsiderationCase
            {
                CaseNumber = Need("案号"), Applicants = Need("申请人"),
                UnitId = units.Resolve(cells, "复议机关", row, errors),
                RespondentUnitId = units.Resolve(cells, "被申请人", row, errors, owner: false),
                ContestedAct = Need("被申请行为"),
                Category = Choice(Labels.Category, "行为类别") ?? ActCategory.Other,
                Procedure = Choice(Labels.Procedure, "程序") ?? ReconsiderationProcedure.Ordinary,
                SimplifiedBasis = Choice(Labels.Basis, "简易程序情形"),
                AmountYuan = SheetReader.Number(cells, "涉案金额（元）", row, errors),
                ReceivedOn = SheetReader.Date(cells, "收到申请日期", row, errors) ?? default,
                RespondentSelfCorrected = SheetReader.Text(cells, "被申请人自行纠错") == "是",
            };
            if (SheetReader.Text(cells, "行为类别") is null)
                errors.Add(new RowError(row, "行为类别", "必填"));
            var accepted = SheetReader.Date(cells, "受理日期", row, errors);
            var decided = SheetReader.Date(cells, "决定日期", row, errors);
            var decision = Choice(Labels.Decision, "决定类型");
            if (errors.Count > before) continue;

            // A number is unique per 复议机关, and only looked up for one the caller may register for (UnitColumn
            // refused the others above), so a row never tells whether another scope has used a number.
            var key = (c.UnitId, c.CaseNumber);
            if (existing.Contains(key))
                errors.Add(new RowError(row, "案号", $"该复议机关的案号“{c.CaseNumber}”已存在"));
            else if (seen.TryGetValue(key, out var first))
                errors.Add(new RowError(row, "案号", $"案号与第{first}行重复"));
            seen.TryAdd(key, row);
            try
            {
                CaseRules.ValidateRegistration(c, today);
                if (accepted is { } a) CaseRules.Accept(c, a, CaseDeadlines.ReviewDue(c, calc));
                else if (decided is not null) throw new DomainException("受理日期",
                    "有决定日期的案件须填写受理日期");
                if (decided is { } d)
                    CaseRules.Conclude(c, d,
                        decision ?? throw new DomainException("决定类型",
                            "有决定日期的案件须填写决定类型"),
                        c.RespondentSelfCorrected);
                else if (decision is not null) throw new DomainException("决定日期",
                    "填写了决定类型的案件须填写决定日期");
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
            cases.Add(c);
        }
        if (errors.Count > 0) return new ImportResult(0, "件", errors);
        await BulkWriter.InsertAsync(db, cases, ct);
        return new ImportResult(cases.Count, "件", errors);
    }

    /// <summary>Which of the sheet's case numbers the register already holds: one query with the numbers as one array
    /// parameter.</summary>
    static async Task<HashSet<(int, string)>> ExistingNumbersAsync(
        FazhiDb db, IEnumerable<string> numbers, CancellationToken ct)
    {
        var wanted = numbers.Distinct().ToArray();
        return (await db.ReconsiderationCases.IgnoreQueryFilters()
            .Where(c => wanted.Contains(c.CaseNumber))
            .Select(c => new { c.UnitId, c.CaseNumber })
            .ToListAsync(ct)).Select(c => (c.UnitId, c.CaseNumber)).ToHashSet();
    }

    static string ColumnOf(string field) => field switch
    {
        nameof(ReconsiderationCase.CaseNumber) => "案号",
        nameof(ReconsiderationCase.Applicants) => "申请人",
        nameof(ReconsiderationCase.ContestedAct) => "被申请行为",
        nameof(ReconsiderationCase.ReceivedOn) => "收到申请日期",
        nameof(ReconsiderationCase.RespondentUnitId) => "被申请人",
        nameof(ReconsiderationCase.AmountYuan) => "涉案金额（元）",
        nameof(ReconsiderationCase.SimplifiedBasis) => "简易程序情形",
        nameof(ReconsiderationCase.Decision) => "决定类型",
        "On" => "受理日期/决定日期",
        _ => field,
    };
}
