namespace Fazhi.Features.Litigation;

public sealed record RegisterLitigationRequest(string CaseNumber, int UnitId, int CourtUnitId, string Plaintiffs, string Cause, DateOnly FiledOn,
    DateOnly? ServedOn = null, Instance Instance = Instance.First)
{
    public LitigationCase ToCase() => new()
    {
        CaseNumber = CaseNumber, UnitId = UnitId, CourtUnitId = CourtUnitId, Plaintiffs = Plaintiffs, Cause = Cause, FiledOn = FiledOn, ServedOn = ServedOn, Instance = Instance,
    };
}

public sealed record HearingRequest(int Version, DateOnly HeldOn, bool ResponsiblePersonAppeared, string AppearedName, string AppearedTitle, string? AbsenceExplanation)
{
    public string Describe() => ResponsiblePersonAppeared ? $"负责人{AppearedName}（{AppearedTitle}）出庭应诉" : $"负责人未出庭，{AppearedName}（{AppearedTitle}）出庭；说明：{AbsenceExplanation}";
}

public sealed record ConclusionRequest(int Version, OutcomeForm Form, LitigationOutcome Outcome, DateOnly ConcludedOn, DateOnly? OutcomeServedOn);

public sealed record DatedStepRequest(int Version, DateOnly On);
