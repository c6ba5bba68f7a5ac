using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Reconsideration;

/// <summary>纠错率 has no national formula (shared/domain/facts.md §4.1): which decisions count is configuration,
/// and the
/// definition is shown with the figure.</summary>
public class CorrectionRateOptions
{
    public ReconsiderationDecision[] DirectCorrection { get; set; } =
    [
        ReconsiderationDecision.Annul, ReconsiderationDecision.PartlyAnnul, ReconsiderationDecision.Vary,
        ReconsiderationDecision.ConfirmUnlawful, ReconsiderationDecision.ConfirmVoid,
        ReconsiderationDecision.OrderPerformance,
        // 第71条: both find the respondent failed its duty under the agreement (unlawful conduct, or no or unfair
        // compensation for a lawful change) and order it to act, as 责令履行 does.
        ReconsiderationDecision.AgreementLiability, ReconsiderationDecision.AgreementCompensation,
    ];
    /// <summary>Endings that count in 综合纠错率 when the respondent corrected its own act first.</summary>
    public ReconsiderationDecision[] SelfCorrectionEndings { get; set; } =
    [
        ReconsiderationDecision.SettledWithdrawn, ReconsiderationDecision.Mediation, ReconsiderationDecision.Terminated,
    ];
    /// <summary>Decisions left out of the denominator (some regions drop 驳回申请 and procedural
    /// terminations).</summary>
    public ReconsiderationDecision[] ExcludedFromDenominator { get; set; } = [];
}

/// <summary>A unit's reconsideration cases come in two families, shown apart and never summed: those it handled as
/// 复议机关 (办理; its 纠错率 is what it decided) and those brought against it as 被申请人 (its 被纠错
/// 率).</summary>
public abstract class ReconsiderationFigures(FazhiDb db, IOptions<CorrectionRateOptions> options)
    : SpecFigureSource<ReconsiderationCase>
{
    /// <summary>"纠错" for what the unit decided, "被纠错" for what was decided against it.</summary>
    protected abstract string Corrected { get; }
    protected abstract string ReceivedLabel { get; }
    /// <summary>Which cases the family counts, said under every definition.</summary>
    protected abstract string Counted { get; }

    protected override IQueryable<ReconsiderationCase> InScope(FigureScope s) => Family(db.ReconsiderationCases, s);

    /// <summary>Whether the family is the cases of the subtree's own units (so counted per 复议机关 and kept): the
    /// predicates read the case's own columns, the year and the configuration the definitions name, never the day.
    /// </summary>
    protected virtual bool ByHandlingUnit => false;

    protected override Tallied? Tally =>
        ByHandlingUnit ? new(db, c => c.UnitId, DateOnly.MinValue) : null;

    /// <summary>The family's cases among all of them, for the scope's subtree.</summary>
    protected abstract IQueryable<ReconsiderationCase> Family(IQueryable<ReconsiderationCase> cases, FigureScope s);

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<ReconsiderationCase> records) =>
        records.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id).Select(c => new FigureRecordRow(c.Id, c.CaseNumber,
            c.Applicants + " 诉 " + c.RespondentUnit!.Name + "：" + c.ContestedAct, c.Unit!.Name, c.Status.ToString(),
            "/reconsideration/" + c.Id));

    /// <summary>Received by the year's end and not concluded before it began (covers received, accepted, refused,
    /// concluded and pending).</summary>
    protected override Expression<Func<ReconsiderationCase, bool>> Window(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return c => c.ReceivedOn <= to && (c.ConcludedOn == null || c.ConcludedOn >= from);
    }

    protected override IReadOnlyList<FigureSpec<ReconsiderationCase>> Specs(int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var o = options.Value;
        var direct = o.DirectCorrection;
        var selfEnd = o.SelfCorrectionEndings;
        var excluded = o.ExcludedFromDenominator;
        Expression<Func<ReconsiderationCase, bool>> concluded = c => c.ConcludedOn >= from && c.ConcludedOn <= to;
        Expression<Func<ReconsiderationCase, bool>> denominator =
            c => c.ConcludedOn >= from && c.ConcludedOn <= to && !excluded.Contains(c.Decision!.Value);
        string Names(IEnumerable<ReconsiderationDecision> ds) => string.Join("、", ds.Select(d => Labels.Decision[d]));
        var denominatorText = excluded.Length == 0 ? "当年审结案件数"
            : $"当年审结案件数（不含{Names(excluded)}）";

        var specs = new List<FigureSpec<ReconsiderationCase>>
        {
            new($"{Area}.cases_received", ReceivedLabel, "件", c => c.ReceivedOn >= from && c.ReceivedOn <= to,
                null, "当年收到的行政复议申请数（按收到申请日期）"),
            new($"{Area}.cases_accepted", "受理", "件", c => c.AcceptedOn >= from && c.AcceptedOn <= to,
                null, "当年受理的案件数（按受理日期）"),
            new($"{Area}.cases_not_accepted", "不予受理", "件",
                c => c.NotAcceptedOn >= from && c.NotAcceptedOn <= to, null, "当年决定不予受理的申请数"),
            new($"{Area}.cases_abandoned", "视为放弃", "件", c => c.AbandonedOn >= from && c.AbandonedOn <= to,
                null, "当年申请人无正当理由逾期不补正、视为放弃行政复议申请的件数" +
                      "（第三十一条第二款）"),
            new($"{Area}.cases_concluded", "审结", "件", concluded, null,
                "当年审结的案件数（按决定日期）"),
            new($"{Area}.cases_pending", "年末未审结", "件",
                c => c.ReceivedOn <= to && (c.NotAcceptedOn == null || c.NotAcceptedOn > to)
                     && (c.AbandonedOn == null || c.AbandonedOn > to) && (c.ConcludedOn == null || c.ConcludedOn > to),
                null, "截至年末已收到、未审结，且未决定不予受理、未视为放弃的案件数"),
        };
        foreach (var (decision, label) in Labels.Decision)
            specs.Add(new($"{Area}.decision.{Slug(decision)}", $"决定：{label}", "件",
                c => c.ConcludedOn >= from && c.ConcludedOn <= to && c.Decision == decision,
                null, $"当年审结、决定类型为“{label}”的案件数"));
        specs.Add(new($"{Area}.direct_correction_rate", $"直接{Corrected}率", "%",
            c => c.ConcludedOn >= from && c.ConcludedOn <= to && direct.Contains(c.Decision!.Value)
                 && !excluded.Contains(c.Decision!.Value),
            denominator,
            $"直接{Corrected}率 =（{Names(direct)}）案件数 ÷ {denominatorText}"));
        specs.Add(new($"{Area}.correction_rate", $"综合{Corrected}率", "%",
            c => c.ConcludedOn >= from && c.ConcludedOn <= to && !excluded.Contains(c.Decision!.Value)
                 && (direct.Contains(c.Decision!.Value)
                     || (c.RespondentSelfCorrected && selfEnd.Contains(c.Decision!.Value))),
            denominator,
            $"综合{Corrected}率 =（{Names(direct)}，以及被申请人自行纠错后{Names(selfEnd)}的）" +
                $"案件数 ÷ {denominatorText}"));
        return specs.Select(s => s with { Definition = $"{s.Definition}。{Counted}" }).ToList();
    }

    public static string Slug(ReconsiderationDecision d) => d switch
    {
        ReconsiderationDecision.Uphold => "upheld",
        ReconsiderationDecision.DismissClaim => "claim_dismissed",
        ReconsiderationDecision.DismissApplication => "application_dismissed",
        ReconsiderationDecision.Annul => "annulled",
        ReconsiderationDecision.PartlyAnnul => "partly_annulled",
        ReconsiderationDecision.Vary => "varied",
        ReconsiderationDecision.ConfirmUnlawful => "confirmed_unlawful",
        ReconsiderationDecision.ConfirmVoid => "confirmed_void",
        ReconsiderationDecision.OrderPerformance => "performance_ordered",
        ReconsiderationDecision.Mediation => "mediated",
        ReconsiderationDecision.SettledWithdrawn => "settled_withdrawn",
        ReconsiderationDecision.AgreementLiability => "agreement_liability_ordered",
        ReconsiderationDecision.AgreementCompensation => "agreement_compensation_ordered",
        _ => "terminated",
    };
}

/// <summary>办理: the cases the unit (and its subtree) decided as 复议机关; the report's 办理
/// figures.</summary>
public sealed class HandledReconsiderationFigures(FazhiDb db, IOptions<CorrectionRateOptions> options)
    : ReconsiderationFigures(db, options)
{
    public override string Area => "reconsideration";
    public override string AreaLabel => "行政复议（办理）";
    protected override IQueryable<ReconsiderationCase> Family(IQueryable<ReconsiderationCase> cases, FigureScope s) =>
        s.WholeTree ? cases : cases.Where(c => s.SubtreeUnitIds.Contains(c.UnitId));
    protected override bool ByHandlingUnit => true;
    protected override string Corrected => "纠错";
    protected override string ReceivedLabel => "收到行政复议申请";
    protected override string Counted => "统计本单位及下级单位作为复议机关办理的案件";
}

/// <summary>被申请: the cases brought against the unit (and its subtree) as 被申请人 and decided by a 复议机
/// 关 outside
/// it — a county's cases against its own departments are its 办理, not its 被申请; the whole tree has
/// none.</summary>
public sealed class RespondentReconsiderationFigures(FazhiDb db, IOptions<CorrectionRateOptions> options)
    : ReconsiderationFigures(db, options)
{
    public override string Area => "reconsideration.respondent";
    public override string AreaLabel => "行政复议（被申请）";
    protected override IQueryable<ReconsiderationCase> Family(IQueryable<ReconsiderationCase> cases, FigureScope s) =>
        s.WholeTree ? cases.Where(c => false)
            : cases.Where(c => s.SubtreeUnitIds.Contains(c.RespondentUnitId) && !s.SubtreeUnitIds.Contains(c.UnitId));
    protected override string Corrected => "被纠错";
    protected override string ReceivedLabel => "被申请行政复议";
    protected override string Counted =>
        "统计本单位及下级单位作为被申请人、由本单位以外的复议机关审理的案件，" +
            "与“办理”分开统计、不相加";
}
