using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Assessment;

/// <summary>The demo's run of last year's assessment, each step on the day it happened (a service whose clock reads
/// that day), stopping at the step the demo's today has reached.</summary>
static class AssessmentCycle
{
    public static async Task<int> RunAsync(DemoWorld world, int systemId, int year, List<Unit> units,
        (string Note, decimal Points)[] deductions)
    {
        AssessmentService On(DateOnly day) => world.On<AssessmentService>(day);
        var start = new DateOnly(year + 1, 1, 8);
        if (start > world.Today) return 0;
        var list = await On(start).StartAsync(systemId, new StartAssessmentRequest([.. units.Select(u => u.Id)],
            new DateOnly(year + 1, 1, 31)));
        var final = 0;
        foreach (var (a, i) in list.Select((a, i) => (a, i)))
        {
            var submitted = start.AddDays(5 + i % 15);
            if (submitted > world.Today) continue;
            // Each unit's steps on a fresh tracker: the demo's earlier records need no change detection.
            world.Db.ChangeTracker.Clear();
            var svc = On(submitted);
            var loaded = (await svc.FindAsync(a.Id))!;
            var review = new IndicatorTree(loaded.System!.Indicators).Leaves
                .Where(n => n.Indicator.Method == ScoringMethod.Review)
                .Select(n => loaded.Scores.Single(s => s.IndicatorId == n.Indicator.Id)).ToList();
            Points(loaded, out var points);
            var self = await svc.SelfAssessAsync(a.Id, new ScoresRequest(loaded.Version,
                [.. review.Select(s => new LeafScore(s.IndicatorId, points[s.IndicatorId], null))]));
            if (i % 3 == 0)
            {
                var text = $"{units[i].Name}第一责任人职责清单及{year}年度法治建设专题会议纪要（摘要）";
                self = await svc.AddEvidenceAsync(a.Id, self.Version, review[0].IndicatorId, ("职责清单及会议纪要.txt",
                    "text/plain", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));
            }
            self = await svc.SubmitAsync(a.Id, new VersionRequest(self.Version));
            var reviewed = new DateOnly(year + 1, 2, 26);
            if (reviewed > world.Today) continue;
            svc = On(reviewed);
            var cut = review[i % review.Count];
            var (note, taken) = i % 3 == 0 ? ("", 0) : deductions[i % review.Count];
            self = await svc.ReviewAsync(a.Id, new ScoresRequest(self.Version,
                [.. review.Select(s => s == cut && taken > 0
                    ? new LeafScore(s.IndicatorId, points[s.IndicatorId] - taken, note)
                    : new LeafScore(s.IndicatorId, points[s.IndicatorId], null))]));
            self = await svc.CompleteReviewAsync(a.Id, new CompleteReviewRequest(self.Version, 5));
            if (i is 1 or 2 && taken > 0 && reviewed.AddDays(2) <= world.Today)
            {
                self = await On(reviewed.AddDays(2)).ObjectAsync(a.Id, new ObjectionRequest(self.Version,
                    cut.IndicatorId, "相关材料已于自评时上传，请复核"));
                self = await On(reviewed.AddDays(4)).AnswerAsync(a.Id, new AnswerObjectionRequest(self.Version,
                    cut.IndicatorId, i == 1, i == 1 ? points[cut.IndicatorId] : null,
                    i == 1 ? "经核佐证材料齐全，采纳异议，恢复该项分值" : "佐证材料不能证明已履行相关程序，维持复核意见"));
            }
            var closing = new DateOnly(year + 1, 3, 10);
            if (closing > world.Today) continue;
            await On(closing).FinalizeAsync(a.Id, new FinalizeRequest(self.Version, taken > 1
                ? "法治政府建设工作总体推进有力，个别环节存在短板，请对照失分项抓好整改"
                : "法治政府建设各项工作扎实推进，考核结果良好"));
            final++;
        }
        return final;
    }

    static void Points(UnitAssessment a, out Dictionary<int, decimal> points) =>
        points = a.System!.Indicators.ToDictionary(i => i.Id, i => i.Points ?? 0);
}
