namespace Fazhi.Kernel.Calendar;

/// <summary>A tracked deadline as the API returns it: rule, basis, dates, extension, state and how it was
/// counted.</summary>
public static class DeadlineJson
{
    public static object Of(TrackedDeadline d, DateOnly today) => new
    {
        rule = d.Rule.Key, label = d.Rule.Label, legalBasis = d.Rule.LegalBasis, period = d.Rule.LengthText,
        start = d.Computed.Start, originalDue = d.OriginalDue, due = d.Due, provisional = d.Computed.Provisional,
        doneOn = d.DoneOn, state = d.StateText(today),
        extension = d.Extension is { } e ? new { e.NewDue, e.Reason, e.Approver, e.ApprovedOn } : null,
        steps = d.Steps,
    };
}
