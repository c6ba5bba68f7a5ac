using Fazhi.Kernel.Units;

namespace Fazhi.Features.AnnualReport;

/// <summary>A year's roll of the units that owe a report, in the caller's scope: each one's report (if drafted), its
/// deadline and how it stands; late means past the deadline unsubmitted, or submitted after it.</summary>
public sealed record ReportRoll(Unit Unit, YearReport? Report, DateOnly DueOn, string State, bool Late)
{
    public static async Task<List<ReportRoll>> OfAsync(YearReportService svc, int year)
    {
        var reports = (await svc.ListAsync(year)).ToDictionary(r => r.UnitId);
        var today = svc.Today;
        return (await svc.OwingUnitsAsync()).Select(u =>
        {
            var due = YearReport.DueFor(u.Kind, year);
            var r = reports.GetValueOrDefault(u.Id);
            var late = r?.SubmittedOn is { } on ? on > due : today > due;
            var state = r is not null ? ReportLabels.State(r, today) : late ? "逾期未报送" : "未起草";
            return new ReportRoll(u, r, due, state, late);
        }).ToList();
    }
}
