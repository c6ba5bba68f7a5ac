namespace Fazhi.Features.Normative;

/// <summary>Registers a draft of the issuing body <paramref name="UnitId"/>, with its drafting unit and its text.
/// </summary>
public sealed record RegisterNormativeRequest(int UnitId, string? Title, string? DraftingUnit, DateOnly RegisteredOn,
    string? Body);

public enum NormativeStep
{
    SendForLegality = 1, LegalityOpinion = 2, FairCompetition = 3, ExemptFairCompetition = 4, Deliberate = 5,
    Issue = 6, File = 7, FilingReview = 8, Correct = 9, Evaluate = 10,
}

/// <summary>One step of a document. On the day; Text the step's record (the review's opinion, the minutes, the
/// filing review's opinion, the correction, the evaluation); Reason an exemption's reason; Passed whether the review
/// found it lawful / the meeting adopted it / the filing review found it lawful / the evaluation keeps it in force;
/// Compliant whether the filing was complete and in form. Issue: Prefix the 机关代字 the platform numbers with,
/// PublishedAs where it was published, EffectiveOn, Until its validity's last day, Body the issued text (the draft's
/// if blank). File: FiledWith the body filed with. Evaluate: Until the new last day when kept.</summary>
public sealed record NormativeStepRequest(int Version, NormativeStep Step, DateOnly? On = null, string? Text = null,
    string? Reason = null, bool? Passed = null, bool? Compliant = null, string? Prefix = null,
    string? PublishedAs = null, DateOnly? EffectiveOn = null, DateOnly? Until = null, string? Body = null,
    string? FiledWith = null);

/// <summary>Opens a cleanup campaign of the government <paramref name="UnitId"/>.</summary>
public sealed record OpenCleanupRequest(int UnitId, string? Title, DateOnly StartedOn);

/// <summary>A verdict on a document in force within the campaign's scope, with its reason.</summary>
public sealed record CleanupVerdictRequest(int Version, int DocumentId, CleanupVerdict Verdict, string? Reason);

/// <summary>Closes a campaign, its result published (the list of documents kept, amended, repealed, lapsed).</summary>
public sealed record CloseCleanupRequest(int Version, DateOnly ClosedOn);
