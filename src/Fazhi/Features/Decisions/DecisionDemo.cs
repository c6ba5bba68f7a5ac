using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Decisions;

/// <summary>The county government's decisions: last year's one through every procedure to its evaluation; this
/// year's published directory of three matters — one decided and published, one under legality review, one with its
/// comment window still open; and a township's directory of last year.</summary>
public static class DecisionDemo
{
    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var (county, today) = (world.County.Id, world.Today);
        // "This year" is the last one whose spring the demo day has passed, so every dated step lies behind it.
        var year = new DateOnly(today.DayOfYear > 160 ? today.Year : today.Year - 1, 1, 1);
        var last = year.AddYears(-1);
        DecisionService On(DateOnly day) => world.On<DecisionService>(day);
        async Task<MajorDecision> Step(MajorDecision d, DecisionStep step, DateOnly on, string? text = null,
            DateOnly? until = null, string? reason = null, bool? passed = null, string? dissent = null) =>
            await On(on).StepAsync(d.Id, new DecisionStepRequest(d.Version, step, on, until, text, reason, passed,
                dissent));

        // A township applies the regulation by reference (第42条): its directory of last year, the oldest on file.
        var town = world.Unit("城关镇").Id;
        var townDirectory = await On(last.AddDays(20))
            .CreateDirectoryAsync(new CreateDirectoryRequest(town, last.Year));
        townDirectory = await On(last.AddDays(20)).DirectoryStepAsync(townDirectory.Id, new DirectoryStepRequest(
            townDirectory.Version, DirectoryStep.AddItem, Title: "城关镇集镇农贸市场迁建",
            Category: DecisionCategory.Project, LeadUnit: "城关镇经济发展办公室"));
        townDirectory = await On(last.AddDays(40)).DirectoryStepAsync(townDirectory.Id,
            new DirectoryStepRequest(townDirectory.Version, DirectoryStep.Agree, last.AddDays(40)));
        await On(last.AddDays(45)).DirectoryStepAsync(townDirectory.Id,
            new DirectoryStepRequest(townDirectory.Version, DirectoryStep.Publish, last.AddDays(45),
                PublishedAs: $"城政发〔{last.Year}〕2号"));

        var plan = await On(last.AddDays(60)).RegisterAsync(new RegisterDecisionRequest(county, null,
            "清河县城区公共停车设施建设规划（2025—2030年）", DecisionCategory.Plan, "县住房和城乡建设局", last.AddDays(60)));
        plan = await Step(plan, DecisionStep.Participate, last.AddDays(68), "收到意见23条，采纳15条，未采纳的已说明理由",
            last.AddDays(99));
        plan = await Step(plan, DecisionStep.Expert, last.AddDays(104), "5名专家论证认为规划必要、可行，建议分期实施，已采纳");
        plan = await Step(plan, DecisionStep.Risk, last.AddDays(109), "社会稳定风险等级低，已制定防范措施", passed: true);
        plan = await Step(plan, DecisionStep.SendForLegality, last.AddDays(110));
        plan = await Step(plan, DecisionStep.LegalityOpinion, last.AddDays(125), "符合法定权限和程序，内容合法", passed: true);
        plan = await Step(plan, DecisionStep.Deliberate, last.AddDays(139), "县政府第12次常务会议讨论，一致同意", passed: true);
        plan = await Step(plan, DecisionStep.ReportToParty, last.AddDays(141));
        plan = await Step(plan, DecisionStep.Publish, last.AddDays(147), "公众意见采纳15条、专家意见全部采纳，已在政府网站公布说明");
        plan = await Step(plan, DecisionStep.Execute, last.AddDays(240), "一期3处停车场已开工");
        plan = await Step(plan, DecisionStep.Evaluate, last.AddDays(340), "一期建设进度符合规划，建议加快智慧停车系统建设",
            reason: "云岭市城市规划设计研究院");
        foreach (var (procedure, name, text) in new[]
        {
            ("公众参与", "公众意见采纳情况说明.txt", "收到意见23条，采纳15条；未采纳8条的理由逐条说明如下……"),
            ("集体讨论决定", "县政府第12次常务会议纪要（摘录）.txt", "会议讨论了城区公共停车设施建设规划，一致同意……"),
        })
            plan = await On(last.AddDays(340)).AddDocumentAsync(plan.Id, plan.Version, procedure,
                (name, "text/plain", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));

        var directory = await On(year.AddDays(9)).CreateDirectoryAsync(new CreateDirectoryRequest(county, year.Year));
        (string Title, DecisionCategory Category, string Lead)[] matters =
        [
            ("清河县城乡居民生活垃圾分类实施办法", DecisionCategory.PublicPolicy, "县住房和城乡建设局"),
            ("清河县老旧小区改造三年行动计划", DecisionCategory.Project, "县住房和城乡建设局"),
            ("清河县农村集体经营性建设用地入市管理办法", DecisionCategory.Resources, "县自然资源局"),
        ];
        foreach (var (title, category, lead) in matters)
            directory = await On(year.AddDays(9)).DirectoryStepAsync(directory.Id, new DirectoryStepRequest(
                directory.Version, DirectoryStep.AddItem, Title: title, Category: category, LeadUnit: lead));
        directory = await On(year.AddDays(50)).DirectoryStepAsync(directory.Id,
            new DirectoryStepRequest(directory.Version, DirectoryStep.Agree, year.AddDays(50)));
        directory = await On(year.AddDays(58)).DirectoryStepAsync(directory.Id,
            new DirectoryStepRequest(directory.Version, DirectoryStep.Publish, year.AddDays(58),
                PublishedAs: $"清政发〔{year.Year}〕5号"));
        var items = directory.Items.OrderBy(i => i.Id).ToList();

        var waste = await On(year.AddDays(63)).RegisterAsync(
            new RegisterDecisionRequest(county, items[0].Id, null, null, null, year.AddDays(63)));
        waste = await Step(waste, DecisionStep.Participate, year.AddDays(68), "收到意见41条，采纳26条", year.AddDays(98));
        waste = await Step(waste, DecisionStep.Hearing, year.AddDays(83), "居民代表、物业企业等15人参加听证");
        waste = await Step(waste, DecisionStep.ExemptExpert, year.AddDays(99), reason: "事项不涉及专业性、技术性较强的问题");
        waste = await Step(waste, DecisionStep.Risk, year.AddDays(100), "风险可控，已制定分类收运保障预案", passed: true);
        waste = await Step(waste, DecisionStep.SendForLegality, year.AddDays(101));
        waste = await Step(waste, DecisionStep.LegalityOpinion, year.AddDays(115), "建议删除罚款条款后合法", passed: true);
        waste = await Step(waste, DecisionStep.Deliberate, year.AddDays(134), "县政府第8次常务会议讨论通过", passed: true,
            dissent: "一名组成人员建议延后半年实施");
        waste = await Step(waste, DecisionStep.ReportToParty, year.AddDays(136));
        waste = await Step(waste, DecisionStep.Publish, year.AddDays(144), "采纳公众意见26条，已在政府网站作出说明");
        if (year.AddDays(280) <= today) await Step(waste, DecisionStep.Execute, year.AddDays(280), "城区分类覆盖率达到60%");

        var reviewStart = today.AddDays(-45);
        var housing = await On(reviewStart).RegisterAsync(
            new RegisterDecisionRequest(county, items[1].Id, null, null, null, reviewStart));
        housing = await Step(housing, DecisionStep.Participate, reviewStart.AddDays(2), "收到意见9条，采纳6条",
            reviewStart.AddDays(31));
        housing = await Step(housing, DecisionStep.Expert, reviewStart.AddDays(33), "专家论证认为改造标准可行");
        housing = await Step(housing, DecisionStep.ExemptRisk, reviewStart.AddDays(34),
            reason: "已按有关规定对项目开展社会稳定风险评估，不作重复评估（第22条第2款）");
        await Step(housing, DecisionStep.SendForLegality, today.AddDays(-3));

        var land = await On(today.AddDays(-10)).RegisterAsync(
            new RegisterDecisionRequest(county, items[2].Id, null, null, null, today.AddDays(-10)));
        await Step(land, DecisionStep.Participate, today.AddDays(-8), null, today.AddDays(22));
        return $"重大行政决策4项、决策事项目录2份";
    }
}
