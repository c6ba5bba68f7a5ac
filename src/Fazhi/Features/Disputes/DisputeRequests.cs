namespace Fazhi.Features.Disputes;

/// <summary>Registers a mediation organisation with the unit that guides it; mediators one per line, "（专职）"
/// after a full-time mediator's name.</summary>
public sealed record CreateOrganisationRequest(int UnitId, string Name, OrganisationLevel Level, string? Mediators);

/// <summary>Registers a dispute taken in by an organisation; a pushed one names the court's or the reconsideration
/// body's reference.</summary>
public sealed record RegisterDisputeRequest(int OrganisationId, string Kind, string Parties, string Summary,
    DateOnly ReceivedOn, DisputeSource Source, string? SourceReference);

/// <summary>The steps of a dispute: its outcome, and for an agreement the application for 司法确认 and the court's
/// decision.</summary>
public enum DisputeStep
{
    Resolve = 1, Fail = 2, Terminate = 3, Return = 4, ApplyConfirmation = 5, RecordConfirmation = 6,
}

/// <summary>One step: the case's version as shown, the day, the agreement or the reason, and for the court's
/// decision whether the agreement was confirmed.</summary>
public sealed record DisputeStepRequest(int Version, DisputeStep Step, DateOnly On, string? Text = null,
    bool? Confirmed = null);

/// <summary>Which cases a list shows: year of receipt, level, outcome ("pending" for those still open),
/// organisation, and the page.</summary>
public sealed record DisputeFilter(int? Year, OrganisationLevel? Level, string? Outcome, int? OrganisationId,
    int Page = 1);
