using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>The documents' 台账 in Excel, out and in. The import brings in documents issued before the platform,
/// in force, with their text, so the library and the filing figures start complete; it takes all rows or none, every
/// bad cell named by row and column.</summary>
public sealed partial class NormativeService
{
    public static readonly string[] Columns =
        ["制定机关", "文件名称", "文号", "起草单位", "公布日期", "施行日期", "有效期至", "公布载体", "报备日期", "备案机关", "正文"];
    static readonly string[] Required = ["制定机关", "文件名称", "文号", "起草单位", "公布日期", "施行日期", "有效期至", "公布载体", "正文"];
    const int MaxExportRows = 100_000;

    public async Task ExportAsync(NormativeFilter f, Stream output, CancellationToken ct = default)
    {
        var rows = await Query(f).Include(d => d.Unit).OrderBy(d => d.IssuedOn).ThenBy(d => d.Id)
            .Take(MaxExportRows).ToListAsync(ct);
        await output.SaveAsAsync(rows.Select(d => new Dictionary<string, object?>
        {
            ["制定机关"] = d.Unit?.Name, ["文件名称"] = d.Title, ["文号"] = d.Number, ["起草单位"] = d.DraftingUnit,
            ["公布日期"] = Day(d.IssuedOn), ["施行日期"] = Day(d.EffectiveOn), ["有效期至"] = Day(d.ValidUntil),
            ["公布载体"] = d.PublishedAs, ["报备日期"] = Day(d.FiledOn), ["备案机关"] = d.FiledWith,
            ["备案审查"] = NormativeLabels.Outcome(d), ["状态"] = NormativeLabels.Status(d, Today),
            ["统一登记号"] = d.RegistrationNumber, ["正文"] = d.Body,
        }).ToList(), cancellationToken: ct);
    }

    static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd");

    public async Task<ImportResult> ImportAsync(Stream input, CancellationToken ct = default)
    {
        var sheet = SheetReader.Open(input, Required);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "件", errors);
        var units = await UnitColumn.LoadAsync(db, ct);
        var numbers = new HashSet<string>();
        var rules = new Dictionary<int, Kernel.Calendar.DeadlineRule>();
        var documents = new List<(NormativeDocument Document, List<TimelineEvent> Events)>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var unit = units.Resolve(cells, "制定机关", row, errors);
            var (issued, effective, until) = (SheetReader.Date(cells, "公布日期", row, errors),
                SheetReader.Date(cells, "施行日期", row, errors), SheetReader.Date(cells, "有效期至", row, errors));
            var filed = SheetReader.Date(cells, "报备日期", row, errors);
            if (errors.Count > before || issued is null || effective is null || until is null) continue;
            try
            {
                var number = DocumentNumber.Parse(SheetReader.Text(cells, "文号"), "Number").ToString();
                if (!numbers.Add(number)) throw new DomainException("Number", $"文号{number}在表中重复");
                var d = new NormativeDocument
                {
                    UnitId = unit, Title = RequiredText.Of(SheetReader.Text(cells, "文件名称"), "Title", "文件名称", 200),
                    DraftingUnit = RequiredText.Of(SheetReader.Text(cells, "起草单位"), "DraftingUnit", "起草单位", 100),
                    RegisteredOn = issued.Value, CreatedById = db.Scope.OwnUserId,
                };
                var events = new List<TimelineEvent> { new(issued.Value, "导入", "导入平台启用前印发的规范性文件") };
                (d.DeliberatedOn, d.Minutes) = (issued, "平台启用前审议");
                events.Add(NormativeRules.Apply(d, new NormativeStepRequest(0, NormativeStep.Issue, issued,
                    PublishedAs: SheetReader.Text(cells, "公布载体"), EffectiveOn: effective, Until: until,
                    Body: SheetReader.Text(cells, "正文")), Today, new Numbering(number, "")));
                d.RegistrationNumber = null;
                if (filed is { } on)
                {
                    if (on < issued || on > Today) throw new DomainException("FiledOn", "报备日期应在公布日期和今天之间");
                    if (!rules.TryGetValue(unit, out var rule)) rules[unit] = rule = await FilingRuleAsync(unit, ct);
                    var due = calc.Compute(rule, issued.Value).Due;
                    events.Add(NormativeRules.Apply(d, new NormativeStepRequest(0, NormativeStep.File, on,
                        FiledWith: SheetReader.Text(cells, "备案机关")), Today, filingDue: due));
                }
                documents.Add((d, events));
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
        }
        var taken = await db.NormativeDocuments.IgnoreQueryFilters().Where(d => numbers.Contains(d.Number!))
            .Select(d => d.Number).ToListAsync(ct);
        errors.AddRange(taken.Select(n => new RowError(sheet.Rows.First(r => Number(r.Cells) == n).Row, "文号",
            $"文号{n}已在平台登记")));
        if (errors.Count > 0) return new ImportResult(0, "件", [.. errors.OrderBy(e => e.Row)]);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.NormativeDocuments.AddRange(documents.Select(x => x.Document));
        await db.SaveChangesAsync(ct);
        db.Timeline.AddRange(documents.SelectMany(x =>
            x.Events.Select(e => workflow.Entry<NormativeDocument>(x.Document.Id, e))));
        await db.SaveChangesAsync(ct);
        await library.IndexNewAsync([.. documents.Select(x => x.Document)], ct);
        await tx.CommitAsync(ct);
        return new ImportResult(documents.Count, "件", errors);
    }

    static string? Number(IDictionary<string, object?> cells)
    {
        try { return DocumentNumber.Parse(SheetReader.Text(cells, "文号"), "Number").ToString(); }
        catch (DomainException) { return null; }
    }

    static string ColumnOf(string field) => field switch
    {
        "Title" => "文件名称", "DraftingUnit" => "起草单位", "Number" => "文号", "EffectiveOn" => "施行日期",
        "Until" => "有效期至", "PublishedAs" => "公布载体", "Body" => "正文", "FiledWith" => "备案机关",
        "On" => "公布日期", "FiledOn" => "报备日期", _ => field,
    };
}
