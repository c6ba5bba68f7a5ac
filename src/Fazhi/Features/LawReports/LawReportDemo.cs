using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.LawReports;

/// <summary>Every department and township with its leader's duty list, and last year's 述法 arranged by the county
/// in January: six at the meeting, the rest in writing; all given but two, most graded.</summary>
public static class LawReportDemo
{
    static readonly string[] Duties =
    [
        "带头学习贯彻习近平法治思想，每年至少主持召开2次专题会议研究法治建设工作",
        "对本单位法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办",
        "严格执行重大行政决策程序，重大决策未经合法性审查不得提交讨论",
        "支持行政复议和行政应诉工作，带头出庭应诉",
        "每年向上级报告履行推进法治建设第一责任人职责情况，并在年终述法",
    ];

    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var svc = world.Services.GetRequiredService<LawReportService>();
        var units = world.Units.Values.Where(u => u.Kind is UnitKind.Department or UnitKind.Township)
            .OrderBy(u => u.Id).ToList();
        foreach (var u in units)
            await svc.SaveDutyListAsync(new SaveDutyListRequest(u.Id, world.Person(), Post(u),
                string.Join('\n', Duties), new DateOnly(world.Today.Year - 1, 3, 15)));
        var year = world.Today.Year - 1;
        var reports = await svc.ArrangeAsync(new ArrangeLawReportsRequest(world.County.Id, year,
            new DateOnly(year + 1, 1, 31), [.. units.Select(u => u.Id)], [.. units.Take(6).Select(u => u.Id)]));
        var given = 0;
        foreach (var (r, i) in reports.Select((r, i) => (r, i)).Where(x => x.i % 20 != 19))
        {
            var on = new DateOnly(year + 1, 1, r.Form == LawReportForm.Meeting ? 20 : 10 + i % 15);
            if (on > world.Today) on = world.Today;
            var done = await svc.GiveAsync(r.Id, new GiveLawReportRequest(r.Version, r.LeaderName!, r.LeaderPost!, on,
                $"{year}年度履行推进法治建设第一责任人职责情况：按照职责清单，召开专题会议研究法治建设工作，" +
                "推进严格规范公正文明执法，支持行政复议应诉工作，出庭应诉率达到100%。"));
            given++;
            if (i % 7 != 6)
                await svc.GradeAsync(r.Id, new GradeLawReportRequest(done.Version,
                    i % 4 == 0 ? LawReportGrade.Good : LawReportGrade.Excellent, null));
        }
        return $"{units.Count}份职责清单、{year}年度述法{given}/{reports.Count}人";
    }

    static string Post(Unit u) => u.Kind == UnitKind.Township ? (u.Name.Contains('乡') ? "乡长" : "镇长") : "局长";
}
