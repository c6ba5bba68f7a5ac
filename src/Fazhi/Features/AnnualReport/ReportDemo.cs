using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.AnnualReport;

/// <summary>Last year's reports: the county's and its departments' and townships' drafted from their figures and
/// submitted the same day from late February; most in time, some departments late, one department and one township
/// not at all; the county's published on its website; and a pilot department's report of the year before.</summary>
public static class ReportDemo
{
    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var year = world.Today.Year - 1;
        var drafted = new DateOnly(year + 1, 2, 16);
        if (drafted > world.Today) return null;
        world.Db.ChangeTracker.Clear();
        var units = world.Units.Values.Where(u => u.Kind is UnitKind.Department or UnitKind.Township)
            .OrderBy(u => u.Id).Prepend(world.County).ToList();
        // A pilot department's report of the year before, drafted first: the oldest on file.
        var pilot = world.Unit("县农业农村局");
        var earlier = await world.On<YearReportService>(new DateOnly(year, 2, 10)).DraftAsync(pilot.Id, year - 1);
        await world.On<YearReportService>(new DateOnly(year, 2, 20)).SubmitAsync(earlier.Id, earlier.Version);
        world.Db.ChangeTracker.Clear();
        var (submitted, late) = (0, 0);
        foreach (var (unit, i) in units.Select((u, i) => (u, i)))
        {
            if (i is 7 or 35) continue; // never drafted
            var on = i is 3 or 12 ? new DateOnly(year + 1, 3, 6) : drafted.AddDays(5 + i % 9);
            // Drafted and submitted by one service: the unit's figures are counted once.
            var svc = world.On<YearReportService>(on > world.Today ? drafted : on);
            var draft = await svc.DraftAsync(unit.Id, year);
            if (on > world.Today) continue;
            var report = await svc.SubmitAsync(draft.Id, draft.Version);
            (submitted, late) = (submitted + 1, late + (report.SubmittedLate ? 1 : 0));
            if (i == 0 && on.AddDays(10) <= world.Today)
                await world.On<YearReportService>(on.AddDays(10)).PublishAsync(report.Id, report.Version,
                    "http://www.qinghe.gov.cn/zwgk/fzzfjs/2026/art_1.html", on.AddDays(8));
            world.Db.ChangeTracker.Clear();
        }
        return $"{year}年度法治政府建设年度报告{submitted}/{units.Count}份（逾期{late}份）";
    }
}
