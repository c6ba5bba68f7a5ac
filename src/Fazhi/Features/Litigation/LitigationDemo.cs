using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

/// <summary>Two years of suits against the demo county's departments in the county court, with their
/// timelines.</summary>
public static class LitigationDemo
{
    static readonly (string Dept, string Cause)[] Causes =
    [
        ("县公安局", "行政拘留纠纷"), ("县公安局", "治安罚款纠纷"), ("县市场监督管理局", "食品安全行政处罚纠纷"),
        ("县自然资源局", "非法占地行政处罚纠纷"), ("县自然资源局", "不动产登记纠纷"), ("县人力资源和社会保障局", "工伤认定纠纷"),
        ("县住房和城乡建设局", "限期拆除纠纷"), ("县综合行政执法局", "强制拆除纠纷"), ("县生态环境局", "环境行政处罚纠纷"),
        ("县交通运输局", "超限运输罚款纠纷"), ("县人民政府办公室", "政府信息公开纠纷"), ("城关镇", "房屋征收补偿纠纷"),
    ];

    public static async Task<string?> AddAsync(DemoWorld w)
    {
        var cases = new List<LitigationCase>();
        for (var year = w.Today.Year - 1; year <= w.Today.Year; year++)
        {
            var n = year == w.Today.Year ? 24 : 27;
            for (var k = 1; k <= n; k++) cases.Add(CaseFor(w, $"（{year}）晋9901行初{k}号", w.DayOf(year, 6)));
        }
        w.Db.LitigationCases.AddRange(cases);
        await w.Db.SaveChangesAsync();
        var workflow = w.Services.GetRequiredService<CaseWorkflow>();
        foreach (var c in cases)
            w.Db.Timeline.AddRange(Events(c, w).Select(e => workflow.Entry<LitigationCase>(c.Id, e)));
        await w.Db.SaveChangesAsync();
        return $"{cases.Count}件行政应诉案件";
    }

    static LitigationCase CaseFor(DemoWorld w, string number, DateOnly filed)
    {
        var rng = w.Random;
        var (dept, cause) = Causes[rng.Next(Causes.Length)];
        var c = new LitigationCase
        {
            CaseNumber = number, UnitId = w.Unit(dept).Id, CourtUnitId = w.Court.Id, Plaintiffs = w.Party(0.25),
            Cause = cause, FiledOn = filed, ServedOn = filed.AddDays(rng.Next(2, 6)),
        };
        // Defences are filed within the 15 days, but a few recent ones are not yet recorded (the due list shows them).
        var recent = filed.AddDays(60) >= w.Today;
        if (c.ServedOn!.Value.AddDays(15) <= w.Today && !(recent && rng.NextDouble() < 0.3))
            c.DefenceSubmittedOn = c.ServedOn.Value.AddDays(rng.Next(5, 15));
        var heldOn = filed.AddDays(rng.Next(40, 90));
        if (heldOn > w.Today) return c;
        var appeared = rng.NextDouble() < 0.86;
        LitigationRules.AddHearing(c, new HearingRequest(0, heldOn, appeared, w.Person(), appeared ? "副局长" : "法制股股长",
            appeared ? null : "负责人因参加县委常委会议无法出庭，已提交书面说明"));
        var end = heldOn.AddDays(rng.Next(10, 60));
        if (end > w.Today) return c;
        var (form, outcome) = rng.NextDouble() switch
        {
            < 0.62 => (OutcomeForm.Judgment, LitigationOutcome.DismissClaims),
            < 0.70 => (OutcomeForm.Judgment, LitigationOutcome.Annul),
            < 0.73 => (OutcomeForm.Judgment, LitigationOutcome.ConfirmUnlawful),
            < 0.88 => (OutcomeForm.Ruling, LitigationOutcome.Withdrawn),
            _ => (OutcomeForm.Ruling, LitigationOutcome.DismissSuit),
        };
        var served = end.AddDays(rng.Next(1, 8));
        LitigationRules.Conclude(c, new ConclusionRequest(0, form, outcome, end, served <= w.Today ? served : null));
        return c;
    }

    static IEnumerable<TimelineEvent> Events(LitigationCase c, DemoWorld w)
    {
        yield return LitigationSteps.Filed(c, w.Court.Name, w.Units.Values.First(u => u.Id == c.UnitId).Name);
        if (c.ServedOn is { } served) yield return LitigationSteps.Served(served);
        if (c.DefenceSubmittedOn is { } defended) yield return LitigationSteps.Defended(defended);
        foreach (var h in c.Hearings) yield return LitigationSteps.Heard(h);
        if (c.ConcludedOn is not null) yield return LitigationSteps.Concluded(c);
    }
}
