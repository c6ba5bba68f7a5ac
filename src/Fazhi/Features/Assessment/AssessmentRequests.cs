namespace Fazhi.Features.Assessment;

/// <summary>A new indicator system of <paramref name="UnitId"/> (the assessor) for a year; with
/// <paramref name="CopyFromId"/>, the tree of an earlier system is copied into it as this year's version.</summary>
public sealed record CreateSystemRequest(int UnitId, int Year, string Name, string Audience, int? CopyFromId);

/// <summary>An indicator as the tree editor sends it. A leaf needs points and a scoring method: a figure with a target
/// (Figure), a figure and the points per event (Deduction), or neither (Review).</summary>
public sealed record IndicatorRequest(int? ParentId, string Text, decimal? Points, ScoringMethod? Method,
    string? FigureKey, decimal? Target, decimal? PerEvent, string? Standard);

/// <summary>Starts the year's assessment of the units on a system: each scores itself by <paramref name="SelfDueOn"/>.
/// </summary>
public sealed record StartAssessmentRequest(IReadOnlyList<int> UnitIds, DateOnly SelfDueOn);

public sealed record LeafScore(int IndicatorId, decimal? Score, string? Note);

/// <summary>Scores of several leaves at once (the unit's self-assessment or the reviewer's).</summary>
public sealed record ScoresRequest(int Version, IReadOnlyList<LeafScore> Scores);

public sealed record VersionRequest(int Version);

/// <summary>确定结果, with the assessor's comment (考核评语) on the result.</summary>
public sealed record FinalizeRequest(int Version, string? Comment);

/// <summary>复核完成: the unit may object for <paramref name="ObjectionDays"/> working days.</summary>
public sealed record CompleteReviewRequest(int Version, int ObjectionDays);

public sealed record ObjectionRequest(int Version, int IndicatorId, string Text);

/// <summary>The assessor's answer to an objection: accepted with the new score, or refused, with reasons either way.
/// </summary>
public sealed record AnswerObjectionRequest(int Version, int IndicatorId, bool Accepted, decimal? Score, string Reply);
