using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Disputes;

/// <summary>The disputes' 台账 in Excel, out and in: the export's columns are the import's (and the 案号 and
/// 司法确认 the platform keeps); an import takes all rows or none, every bad cell named by row and column.</summary>
public sealed partial class DisputeService
{
    public static readonly string[] Columns =
        ["调解组织", "纠纷类型", "当事人", "纠纷简要情况", "受理日期", "来源", "来源案号", "结果", "办结日期", "协议内容或理由"];
    static readonly string[] Required = ["调解组织", "纠纷类型", "当事人", "纠纷简要情况", "受理日期"];
    const int MaxExportRows = 100_000;

    public async Task ExportAsync(DisputeFilter f, Stream output, CancellationToken ct = default)
    {
        var rows = await Query(f).OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id).Take(MaxExportRows)
            .Select(c => new { c, organisation = c.Organisation!.Name }).ToListAsync(ct);
        await output.SaveAsAsync(rows.Select(x => new Dictionary<string, object?>
        {
            ["案号"] = x.c.Number, ["调解组织"] = x.organisation, ["纠纷类型"] = x.c.Kind, ["当事人"] = x.c.Parties,
            ["纠纷简要情况"] = x.c.Summary, ["受理日期"] = x.c.ReceivedOn.ToString("yyyy-MM-dd"),
            ["来源"] = DisputeLabels.Source(x.c.Source), ["来源案号"] = x.c.SourceReference,
            ["结果"] = x.c.Outcome is null ? "" : DisputeLabels.Outcome(x.c.Outcome),
            ["办结日期"] = x.c.ConcludedOn?.ToString("yyyy-MM-dd"), ["协议内容或理由"] = x.c.OutcomeText,
            ["司法确认"] = DisputeLabels.Confirmation(x.c),
        }).ToList(), cancellationToken: ct);
    }

    public async Task<ImportResult> ImportAsync(Stream input, CancellationToken ct = default)
    {
        var sheet = SheetReader.Open(input, Required);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "件", errors);
        var organisations = (await db.MediationOrganisations.AsNoTracking().ToListAsync(ct))
            .Where(o => db.Scope.CanRegisterFor(o.UnitId)).ToLookup(o => o.Name);
        var cases = new List<(DisputeCase Case, List<TimelineEvent> Events)>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var name = SheetReader.Text(cells, "调解组织") ?? "";
            var matches = organisations[name].ToList();
            if (matches.Count != 1)
                errors.Add(new RowError(row, "调解组织", matches.Count == 0
                    ? $"找不到您数据权限内的调解组织“{name}”" : $"“{name}”不止一个，请先在页面上登记或改名区分"));
            var received = SheetReader.Date(cells, "受理日期", row, errors);
            var source = Named(Sources, cells, "来源", row, errors) ?? DisputeSource.Party;
            var outcome = SheetReader.Text(cells, "结果") == DisputeLabels.Outcome(null) ? null
                : Named(Outcomes, cells, "结果", row, errors);
            var concluded = SheetReader.Date(cells, "办结日期", row, errors);
            if (errors.Count > before || received is null) continue;
            var request = new RegisterDisputeRequest(matches[0].Id, SheetReader.Text(cells, "纠纷类型") ?? "",
                SheetReader.Text(cells, "当事人") ?? "", SheetReader.Text(cells, "纠纷简要情况") ?? "", received.Value,
                source, SheetReader.Text(cells, "来源案号"));
            try
            {
                var c = Draft(request, matches[0], Today);
                var events = new List<TimelineEvent> { new(c.ReceivedOn, "受理纠纷", "导入纠纷台账") };
                if (outcome is { } o)
                    events.Add(DisputeRules.Apply(c, new DisputeStepRequest(0, StepOf(o),
                        concluded ?? throw new DomainException("On", "已办结的纠纷请填写办结日期"),
                        SheetReader.Text(cells, "协议内容或理由")), Today, calc));
                cases.Add((c, events));
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
        }
        if (errors.Count > 0) return new ImportResult(0, "件", errors);
        await SaveImportedAsync(cases, ct);
        return new ImportResult(cases.Count, "件", errors);
    }

    async Task SaveImportedAsync(List<(DisputeCase Case, List<TimelineEvent> Events)> cases, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in cases.GroupBy(x => (x.Case.OrganisationId, x.Case.ReceivedOn.Year)))
        {
            var n = 0;
            foreach (var (c, _) in group.OrderBy(x => x.Case.ReceivedOn))
            {
                c.Number = await NextNumberAsync(c.OrganisationId, c.ReceivedOn.Year, n++, ct);
                c.CreatedById = db.Scope.OwnUserId;
            }
        }
        db.DisputeCases.AddRange(cases.Select(x => x.Case));
        await db.SaveChangesAsync(ct);
        db.Timeline.AddRange(cases.SelectMany(x => x.Events.Select(e => workflow.Entry<DisputeCase>(x.Case.Id, e))));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    static DisputeStep StepOf(DisputeOutcome o) => o switch
    {
        DisputeOutcome.Resolved => DisputeStep.Resolve,
        DisputeOutcome.Failed => DisputeStep.Fail,
        DisputeOutcome.Terminated => DisputeStep.Terminate,
        _ => DisputeStep.Return,
    };

    static readonly Dictionary<string, DisputeSource> Sources =
        Enum.GetValues<DisputeSource>().ToDictionary(DisputeLabels.Source);
    static readonly Dictionary<string, DisputeOutcome> Outcomes =
        Enum.GetValues<DisputeOutcome>().ToDictionary(o => DisputeLabels.Outcome(o));

    /// <summary>A cell holding one of the names (blank: null).</summary>
    static T? Named<T>(Dictionary<string, T> names, IDictionary<string, object?> cells, string column, int row,
        List<RowError> errors) where T : struct
    {
        if (SheetReader.Text(cells, column) is not { } text) return null;
        if (names.TryGetValue(text, out var value)) return value;
        errors.Add(new RowError(row, column, $"“{text}”应为{string.Join("、", names.Keys)}之一"));
        return null;
    }

    static string ColumnOf(string field) => field switch
    {
        "Kind" => "纠纷类型", "Parties" => "当事人", "Summary" => "纠纷简要情况", "ReceivedOn" => "受理日期",
        "Source" => "来源", "SourceReference" => "来源案号", "On" => "办结日期", "Text" => "协议内容或理由",
        _ => "结果",
    };
}
