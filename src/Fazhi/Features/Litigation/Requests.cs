using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

/// <summary>What a caller may send to register a case: never the stored entity, so no other field can be set.
/// Appellant and OriginalLost describe the appeal a second-instance case hears.</summary>
public sealed record RegisterLitigationRequest(string CaseNumber, int UnitId, int CourtUnitId, string Plaintiffs,
    string Cause, DateOnly FiledOn, DateOnly? ServedOn = null, Instance Instance = Instance.First,
    LitigationProcedure Procedure = LitigationProcedure.Ordinary, bool NonPerformance = false,
    int? CoDefendantUnitId = null, HeadAppearanceGround? HeadMustAppear = null, Appellant? Appellant = null,
    bool OriginalLost = false)
{
    public LitigationCase ToCase() => new()
    {
        CaseNumber = CaseNumber, UnitId = UnitId, CourtUnitId = CourtUnitId, Plaintiffs = Plaintiffs, Cause = Cause,
        FiledOn = FiledOn, ServedOn = ServedOn, Instance = Instance, Procedure = Procedure,
        NonPerformance = NonPerformance, CoDefendantUnitId = CoDefendantUnitId, HeadMustAppear = HeadMustAppear,
        Appellant = Appellant, OriginalLost = OriginalLost,
    };
}

public sealed record HearingRequest(int Version, DateOnly HeldOn, AppearanceRank Rank, string AppearedName,
    string? AppearedTitle, AbsenceReason? AbsenceReason = null, string? AbsenceExplanation = null);

public sealed record ConclusionRequest(int Version, OutcomeForm Form, LitigationOutcome Outcome, DateOnly ConcludedOn,
    DateOnly? OutcomeServedOn);

public sealed record AppealRequest(int Version, Appellant Appellant, DateOnly? AgencyAppealedOn = null);

public sealed record DatedStepRequest(int Version, DateOnly On);

/// <summary>The steps of a litigation case as its timeline words them — written once for the API, the case page and
/// the demo county.</summary>
public static class LitigationSteps
{
    public static TimelineEvent Filed(LitigationCase c, string court, string defendants) =>
        new(c.FiledOn, "立案", $"{court}立案受理{c.Plaintiffs}诉{defendants}（{c.Cause}），" +
                             $"{LitigationLabels.Instance[c.Instance]}，{LitigationLabels.Procedure[c.Procedure]}");

    public static TimelineEvent Served(DateOnly on) => new(on, "送达", "收到起诉状（上诉状）" +
        "副本及应诉通知书");

    public static TimelineEvent Defended(DateOnly on) => new(on, "答辩", "提交答辩状及证据材料");

    public static TimelineEvent Heard(Hearing h)
    {
        var who = $"{LitigationLabels.Rank[h.Rank!.Value]}{h.AppearedName}（{h.AppearedTitle}）出庭应诉";
        if (h.ResponsiblePersonAppeared) return new(h.HeldOn, "开庭", who);
        var why = $"负责人未出庭：{LitigationLabels.Absence[h.AbsenceReason!.Value]}" +
                  (h.AbsenceExplanation is { } e ? $"（{e}）" : "");
        var suggestion = LitigationRules.CallsForJudicialSuggestion(h) ? "；法院应当提出司法建议" : "";
        return new(h.HeldOn, "开庭", $"{who}；{why}{suggestion}");
    }

    public static TimelineEvent Concluded(LitigationCase c) => new(c.ConcludedOn!.Value, "结案",
        $"{LitigationLabels.Form[c.Form!.Value]}：{LitigationLabels.Outcome[c.Outcome!.Value]}");

    public static TimelineEvent AppealIntended(DateOnly on) => new(on, "拟上诉", "本机关决定提起上诉");

    public static TimelineEvent Appealed(LitigationCase c, DateOnly on) => new(c.AgencyAppealedOn ?? on, "上诉",
        LitigationLabels.Appellant[c.Appellant!.Value]);
}
