using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Rectification;

/// <summary>The county's 法治督察 four months ago: twelve findings drawn up into a list of ten items (two pairs
/// merged), seven closed (one after its deadline), one awaiting review, one open past its deadline and one still
/// within it — what a coordinator sees at a glance. Written with the dates they would have had.</summary>
public static class RectificationDemo
{
    static readonly string[] Findings =
    [
        "部分部门权责清单未根据机构改革及时调整",
        "权责清单调整后未在政府网站同步公布",
        "行政执法公示信息更新不及时，部分执法人员信息缺失",
        "重大执法决定法制审核目录清单未动态调整",
        "个别乡镇行政执法案卷文书不规范，送达回证缺失",
        "乡镇执法全过程记录设备配备不足",
        "部分规范性文件未按规定报送备案",
        "行政机关负责人出庭应诉后未开展庭后总结",
        "政府法律顾问参与重大决策合法性审查记录不完整",
        "法治宣传教育责任清单未落实到具体科室",
        "“双随机、一公开”抽查结果公示不及时",
        "信访事项办理未依法告知复议诉讼救济途径",
    ];

    /// <summary>(findings, responsible unit, days after the feedback it is due, how it stands).</summary>
    static readonly (int[] Findings, string Unit, int DueDays, Outcome Outcome)[] List =
    [
        ([1, 2], "县司法局", 30, Outcome.Closed),
        ([3], "县公安局", 45, Outcome.Closed),
        ([4], "县市场监督管理局", 45, Outcome.Closed),
        ([5, 6], "城关镇", 60, Outcome.ClosedLate),
        ([7], "县自然资源局", 30, Outcome.Closed),
        ([8], "县住房和城乡建设局", 60, Outcome.Closed),
        ([9], "县司法局", 60, Outcome.Closed),
        ([10], "县教育局", 90, Outcome.Submitted),
        ([11], "县市场监督管理局", 90, Outcome.Overdue),
        ([12], "县信访局", 150, Outcome.Open),
    ];

    enum Outcome { Closed, ClosedLate, Submitted, Overdue, Open }

    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var workflow = world.Services.GetRequiredService<CaseWorkflow>();
        var (db, today) = (world.Db, world.Today);
        var start = today.AddDays(-125);
        var feedback = start.AddDays(14);
        var oversight = new Oversight
        {
            UnitId = world.County.Id, Title = $"清河县{start.Year}年度法治政府建设督察", Kind = "法治督察",
            Scope = "县政府各部门、各乡(镇)人民政府：第一责任人职责履行、行政执法三项制度、规范性文件管理、行政复议应诉",
            StartOn = start, EndOn = start.AddDays(4), Inspectors = "县委依法治县办、县司法局、县人大常委会法工委抽调人员",
            Findings = [.. Findings.Select((text, i) => new OversightFinding
            {
                UnitId = world.County.Id, Number = i + 1, Text = text,
            })],
        };
        db.Oversights.Add(oversight);
        await db.SaveChangesAsync();
        var timeline = new List<(int Id, TimelineEvent Event, bool Item)>
        {
            (oversight.Id, new(start, "登记督察", $"法治督察：{oversight.Title}"), false),
            (oversight.Id, new(feedback, "登记问题", $"登记督察发现问题{Findings.Length}个（第1至{Findings.Length}号）"),
                false),
        };
        var number = 0;
        foreach (var (numbers, unitName, dueDays, outcome) in List)
        {
            var unit = world.Unit(unitName);
            var item = Item(oversight, ++number, numbers, unit.Id, feedback, dueDays, outcome, today);
            db.RectificationItems.Add(item);
            await db.SaveChangesAsync();
            if (item.SubmittedOn is { } submitted) db.RectificationEvidence.Add(Report(item, submitted));
            foreach (var n in numbers) oversight.Findings[n - 1].ItemId = item.Id;
            timeline.Add((item.Id, new(feedback, "交办整改", $"第{item.Number}项交{unit.Name}整改，时限{item.DueOn:yyyy年M月d日}"),
                true));
            if (item.MeasuresOn is { } m) timeline.Add((item.Id, new(m, "制定整改措施", item.Measures!), true));
            if (item.SubmittedOn is { } s) timeline.Add((item.Id, new(s, "申请销号", "整改完成，佐证材料已报送"), true));
            if (item.ClosedOn is { } c) timeline.Add((item.Id, new(c, "销号", item.ReviewText!), true));
        }
        foreach (var (id, e, isItem) in timeline)
            db.Timeline.Add(isItem ? workflow.Entry<RectificationItem>(id, e) : workflow.Entry<Oversight>(id, e));
        await db.SaveChangesAsync();
        return $"1次法治督察（{Findings.Length}个问题、{List.Length}项整改）";
    }

    /// <summary>The unit's rectification report as its evidence file.</summary>
    static RectificationEvidence Report(RectificationItem item, DateOnly on)
    {
        var file = EvidenceFile.Of($"第{item.Number}项整改情况报告.txt", "text/plain",
            System.Text.Encoding.UTF8.GetBytes($"整改情况报告\n问题：{item.Problem}\n整改措施：{item.Measures}\n"));
        var evidence = new RectificationEvidence
            { ItemId = item.Id, UnitId = item.UnitId, IssuerUnitId = item.IssuerUnitId };
        evidence.Keep(file, on);
        return evidence;
    }

    static RectificationItem Item(Oversight o, int number, int[] findings, int unitId, DateOnly assigned, int dueDays,
        Outcome outcome, DateOnly today)
    {
        var due = outcome == Outcome.Open ? today.AddDays(25) : assigned.AddDays(dueDays);
        var item = new RectificationItem
        {
            OversightId = o.Id, IssuerUnitId = o.UnitId, UnitId = unitId, Number = number, AssignedOn = assigned,
            DueOn = due, Problem = string.Join("；", findings.Select(n => Findings[n - 1])),
        };
        if (outcome != Outcome.Overdue)
            (item.Measures, item.MeasuresOn) = ("已制定整改方案，明确责任科室和完成时限，正在逐项落实。", assigned.AddDays(7));
        if (outcome is Outcome.Closed or Outcome.ClosedLate or Outcome.Submitted)
        {
            var done = outcome == Outcome.ClosedLate ? due.AddDays(9) : outcome == Outcome.Submitted
                ? today.AddDays(-2) : assigned.AddDays(dueDays - 5);
            (item.State, item.SubmittedOn) = (RectificationState.Submitted, done);
            if (outcome != Outcome.Submitted)
                (item.State, item.ClosedOn, item.ReviewText) =
                    (RectificationState.Closed, done.AddDays(2), "整改到位，佐证材料齐全，予以销号。");
        }
        return item;
    }
}
