using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Assessment;

/// <summary>Self-assessments near or past their deadline, on the 工作台 of both sides.</summary>
public sealed partial class AssessmentService : IDueSource
{
    static readonly DeadlineRule SelfRule =
        new("assessment.self", "考核自评", 0, PeriodUnit.CalendarDay, "考核单位启动考核时确定的自评截止日期", "启动考核");

    public static TrackedDeadline Deadline(UnitAssessment a) => new(new DeadlineResult(SelfRule,
        a.SelfDueOn, a.SelfDueOn, false, ["考核单位启动考核时确定的截止日期"]), null, a.SubmittedOn);

    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(TrackedDeadline.DueSoonDays);
        var owed = await db.Assessments.AsNoTracking().Include(a => a.Unit)
            .Where(a => a.State == AssessmentState.SelfAssessing && a.SelfDueOn <= soon).ToListAsync(ct);
        return [.. owed.Select(a => (a, d: Deadline(a))).Select(x => new DueEntry("考核", $"{x.a.Year}年度考核",
            "自评", x.a.Unit?.Name ?? "", x.d, x.d.StateOn(today), $"/assessment/{x.a.Id}"))];
    }
}
