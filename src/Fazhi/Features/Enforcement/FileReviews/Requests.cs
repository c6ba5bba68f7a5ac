namespace Fazhi.Features.Enforcement.FileReviews;

public sealed record RubricRequest(int UnitId, string? Name, string? Items, string? Bands);

public sealed record CampaignRequest(int UnitId, int RubricId, string? Name, int Year, PowerKind? Kind,
    int SampleSize);

public sealed record ItemScoreRequest(int ItemId, decimal? Points, bool Triggered = false, string? Note = null);

public sealed record ScoreRequest(int Version, DateOnly ReviewedOn, ItemScoreRequest[]? Scores, string? Comment);
