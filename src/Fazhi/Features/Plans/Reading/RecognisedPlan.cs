namespace Fazhi.Features.Plans.Reading;

public enum UnitRole { Lead = 1, Participant = 2 }

/// <summary>A dated goal found in a task's text: "2023年底前…" due 2023-12-31; a yearly one ("每年4月底前") is due
/// first after the plan's date and recurs.</summary>
public sealed record RecognisedTarget(string Text, DateOnly Due, Recurrence? Recurs);

public enum Recurrence { Monthly = 1, Quarterly = 2, HalfYearly = 3, Yearly = 4 }

/// <summary>A task as the document states it: its number as written ("(五)", or "(五)-2" for the second block of
/// units under one item), its text, and its units' names as written.</summary>
public sealed record RecognisedTask(
    string Number, string Text, IReadOnlyList<string> Lead, IReadOnlyList<string> Participants, bool ByDuty,
    IReadOnlyList<RecognisedTarget> Targets);

/// <summary>What a plan document was read as, before anything is created.</summary>
public sealed record RecognisedPlan(string Title, string? DocumentNumber, DateOnly Issued, bool IssuedFound,
    IReadOnlyList<RecognisedTask> Tasks);
