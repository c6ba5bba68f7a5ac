namespace Fazhi.Features.LawReports;

/// <summary>The year's 述法 arranged by <paramref name="ArrangerUnitId"/>: every unit listed owes one by
/// <paramref name="DueOn"/>, those in <paramref name="MeetingUnitIds"/> at the meeting, the rest in writing.</summary>
public sealed record ArrangeLawReportsRequest(int ArrangerUnitId, int Year, DateOnly DueOn,
    IReadOnlyList<int> UnitIds, IReadOnlyList<int>? MeetingUnitIds);

public sealed record GiveLawReportRequest(int Version, string LeaderName, string LeaderPost, DateOnly ReportedOn,
    string Content);

public sealed record GradeLawReportRequest(int Version, LawReportGrade Grade, string? Note);

public sealed record SaveDutyListRequest(int UnitId, string LeaderName, string LeaderPost, string Duties,
    DateOnly AdoptedOn);
