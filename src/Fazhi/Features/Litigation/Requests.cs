using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

/// <summary>What a caller may send to register a case: never the stored entity, so no other field can be set.</summary>
public sealed record RegisterLitigationRequest(string CaseNumber, int UnitId, int CourtUnitId, string Plaintiffs,
    string Cause, DateOnly FiledOn, DateOnly? ServedOn = null, Instance Instance = Instance.First)
{
    public LitigationCase ToCase() => new()
    {
        CaseNumber = CaseNumber, UnitId = UnitId, CourtUnitId = CourtUnitId, Plaintiffs = Plaintiffs, Cause = Cause,
        FiledOn = FiledOn, ServedOn = ServedOn, Instance = Instance,
    };
}

public sealed record HearingRequest(int Version, DateOnly HeldOn, bool ResponsiblePersonAppeared, string AppearedName,
    string? AppearedTitle, string? AbsenceExplanation);

public sealed record ConclusionRequest(int Version, OutcomeForm Form, LitigationOutcome Outcome, DateOnly ConcludedOn,
    DateOnly? OutcomeServedOn);

public sealed record DatedStepRequest(int Version, DateOnly On);

/// <summary>The steps of a litigation case as its timeline words them — written once for the API, the case page and
/// the demo county.</summary>
public static class LitigationSteps
{
    public static TimelineEvent Filed(LitigationCase c, string court, string defendant) =>
        new(c.FiledOn, "立案",
            $"{court}立案受理{c.Plaintiffs}诉{defendant}（{c.Cause}），{LitigationRules.InstanceLabel[c.Instance]}");

    public static TimelineEvent Served(DateOnly on) => new(on, "送达", "收到起诉状副本及应诉通知书");

    public static TimelineEvent Defended(DateOnly on) => new(on, "答辩", "提交答辩状及证据材料");

    public static TimelineEvent Heard(Hearing h) => new(h.HeldOn, "开庭", h.ResponsiblePersonAppeared
        ? $"负责人{h.AppearedName}（{h.AppearedTitle}）出庭应诉"
        : $"负责人未出庭，{h.AppearedName}（{h.AppearedTitle}）出庭；说明：{h.AbsenceExplanation}");

    public static TimelineEvent Concluded(LitigationCase c) => new(c.ConcludedOn!.Value, "结案",
        $"{LitigationRules.FormLabel[c.Form!.Value]}：{LitigationRules.OutcomeLabel[c.Outcome!.Value]}");
}
