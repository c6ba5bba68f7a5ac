using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>Enforcement cases in numbers: cases filed by kind, penalties decided, and the 三项制度 — 法制审核
/// where 第58条 requires it, publication within 118号's periods, fines inside their 裁量基准, decisions in
/// time.</summary>
public class CaseFigures(FazhiDb db, TimeProvider clock) : SpecFigureSource<EnforcementCase>
{
    public override string Area => "enforcement.cases";
    public override string AreaLabel => "行政执法案件";

    /// <summary>Read once, so the tallies' day and the day the predicates compare with are the same.</summary>
    DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>A province's year is millions of cases: counted per agency and kept until the agency's cases change.
    /// Every predicate below reads the case's own columns and the day only, the day through "PublicityDue &lt;
    /// today" of a decision not yet published: it turns once that day has passed, so on a new day only the agencies
    /// with such a decision are counted again.</summary>
    protected override Tallied Tally => new(db, c => c.UnitId, Today)
    {
        Turns = (c, from, to) => c.PublishedOn == null && c.PublicityDue >= from && c.PublicityDue < to,
    };

    protected override IQueryable<EnforcementCase> InScope(FigureScope s) =>
        s.WholeTree ? db.EnforcementCases : db.EnforcementCases.Where(c => s.SubtreeUnitIds.Contains(c.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<EnforcementCase> records) =>
        records.OrderBy(c => c.FiledOn).ThenBy(c => c.Id).Select(c => new FigureRecordRow(
            c.Id, c.Number, c.PartyName + "（" + c.Power!.Name + "）", c.Unit!.Name, c.Status.ToString(),
            "/enforcement/cases/" + c.Id));

    /// <summary>Keys by kind: enforcement.cases.penalty, enforcement.cases.licensing, ….</summary>
    public static string KeyOf(PowerKind kind) => $"enforcement.cases.{kind.ToString().ToLowerInvariant()}";

    /// <summary>Figures of cases filed in the year, and of decisions made in it: each group counted within its
    /// year's range of one date, which an index holds with every column the group reads.</summary>
    protected override IReadOnlyList<FigureSpec<EnforcementCase>> Specs(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var today = Today;
        Expression<Func<EnforcementCase, bool>> filed = c => c.FiledOn >= from && c.FiledOn <= to;
        Expression<Func<EnforcementCase, bool>> decided = c => c.DecidedOn >= from && c.DecidedOn <= to;
        Expression<Func<EnforcementCase, bool>> reviewRequired = c => c.ReviewGround != null || c.HearingHeldOn != null;
        // A decision counts once published or once its period has run out unpublished.
        Expression<Func<EnforcementCase, bool>> publicityOwed = c => c.PublicityDue != null
            && (c.PublishedOn != null || c.PublicityDue < today);
        Expression<Func<EnforcementCase, bool>> banded = c => c.Outcome == CaseOutcome.Penalised
            && c.Amount != null && c.StandardId != null;
        Expression<Func<EnforcementCase, bool>> timed = c => c.Kind == PowerKind.Penalty
            || c.Kind == PowerKind.Licensing;
        return
        [
            new("enforcement.cases.filed", "立案（受理）的执法案件", "件", _ => true, null,
                $"{year}年立案或受理的行政执法案件数") { Within = filed },
            .. CaseLabels.Kinds.Select(kind => new FigureSpec<EnforcementCase>(KeyOf(kind),
                $"{CaseLabels.Kind(kind)}案件", "件", c => c.Kind == kind, null,
                $"{year}年立案或受理的{CaseLabels.Kind(kind)}案件数") { Within = filed }),
            new("enforcement.cases.penalty_decisions", "作出行政处罚决定", "件",
                c => c.Outcome == CaseOutcome.Penalised, null,
                $"{year}年作出的给予行政处罚的决定数") { Within = decided },
            new("enforcement.cases.legal_review_rate", "重大执法决定法制审核率", "%",
                c => (c.ReviewGround != null || c.HearingHeldOn != null)
                     && c.LegalReviewPassed == true && c.LegalReviewedOn <= c.DecidedOn,
                reviewRequired, $"{year}年作出决定的案件中，" +
                                "属于行政处罚法第58条情形且决定前经法制审核" +
                                "通过的 ÷ 属于第58条情形的") { Within = decided },
            new("enforcement.cases.publicity_on_time_rate", "执法决定按时公示率", "%",
                c => c.PublicityDue != null && c.PublishedOn != null && c.PublishedOn <= c.PublicityDue,
                publicityOwed, $"{year}年应当公开的执法决定中，" +
                               "在期限内（许可、处罚7个工作日，其他20个" +
                               "工作日）公开的 ÷ 已公开或公开期限已届满的") { Within = decided },
            new("enforcement.cases.publicity_missing", "逾期未公示的执法决定", "件",
                c => c.PublicityDue != null && c.PublishedOn == null && c.PublicityDue < today, null,
                $"{year}年作出、公开期限已届满仍未公开的执法决定数") { Within = decided },
            new("enforcement.cases.outside_band_rate", "罚款超出裁量基准的比例", "%",
                c => c.OutsideBand, banded,
                $"{year}年适用裁量基准的罚款决定中，" +
                    "罚款金额超出所选情节幅度的 ÷ 适用裁量基准的罚款决定")
            { Within = decided },
            new("enforcement.cases.decided_on_time_rate", "按期作出决定的比例", "%",
                c => (c.Kind == PowerKind.Penalty || c.Kind == PowerKind.Licensing) && c.DecidedOn <= c.DecisionDue,
                timed, $"{year}年作出的行政处罚、行政许可决定中，" +
                    $"在法定期限内作出的 ÷ 全部") { Within = decided },
            new("enforcement.cases.not_penalised", "依法不予处罚", "件",
                c => c.Outcome == CaseOutcome.NotPenalisedMinor || c.Outcome == CaseOutcome.NotPenalisedFirstOffence,
                null, $"{year}年依行政处罚法第33条第1款不予处罚的案件数") { Within = decided },
        ];
    }
}
