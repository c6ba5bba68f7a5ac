namespace Fazhi.Features.Decisions;

/// <summary>Opens a decision body's directory for a year.</summary>
public sealed record CreateDirectoryRequest(int UnitId, int Year);

public enum DirectoryStep { AddItem = 1, RemoveItem = 2, Agree = 3, Publish = 4 }

/// <summary>A step on a directory: a matter added (title, category, 承办单位) or taken off (by its id), the party
/// committee's agreement or the publication (on a day, in a document or at an address); a change to a published
/// directory states its reason.</summary>
public sealed record DirectoryStepRequest(int Version, DirectoryStep Step, DateOnly? On = null, int? ItemId = null,
    string? Title = null, DecisionCategory? Category = null, string? LeadUnit = null, string? Reason = null,
    string? PublishedAs = null);

/// <summary>Registers a decision of the body <paramref name="UnitId"/>: from a matter of its published directory
/// (its title, category and 承办单位 taken from there), or worded here.</summary>
public sealed record RegisterDecisionRequest(int UnitId, int? DirectoryItemId, string? Title,
    DecisionCategory? Category, string? LeadUnit, DateOnly RegisteredOn);

public enum DecisionStep
{
    Participate = 1, Hearing = 2, Expert = 3, Risk = 4, ExemptParticipation = 5, ExemptExpert = 6, ExemptRisk = 7,
    SendForLegality = 8, LegalityOpinion = 9, Deliberate = 10, ReportToParty = 11, ExemptPartyReport = 12,
    Publish = 13, Execute = 14, Evaluate = 15,
}

/// <summary>One step of a decision. What each field means depends on the step: On the day (a comment window's first
/// day), Until a comment window's last day, Text the step's record (how comments were used, the experts' views, the
/// risk report, the review's opinion, the minutes…), Reason a shortened window's or an exemption's reason or the
/// evaluating body, Passed whether the risk is controllable / the draft lawful / the draft adopted, Dissent the views
/// minuted against it, AgainstMajority whether the head decided against most members (then HeadReason).</summary>
public sealed record DecisionStepRequest(int Version, DecisionStep Step, DateOnly? On = null, DateOnly? Until = null,
    string? Text = null, string? Reason = null, bool? Passed = null, string? Dissent = null,
    bool? AgainstMajority = null, string? HeadReason = null);
