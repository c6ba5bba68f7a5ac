using MiniExcelLibs;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Normative;

/// <summary>The county's normative documents: five issued before the platform, brought in from the 台账 (among them
/// the notice a reconsideration case reviews incidentally, and one due its evaluation); one of last year through every
/// step, filed in time and found lawful; a department's filed late and corrected after review; one issued this month
/// and not yet filed; a draft under legality review; and this year's cleanup, one document repealed.</summary>
public static class NormativeDemo
{
    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var (county, today) = (world.County.Id, world.Today);
        var last = new DateOnly(today.Year - 1, 1, 1);
        NormativeService On(DateOnly day) => world.On<NormativeService>(day);
        async Task<NormativeDocument> Step(NormativeDocument d, NormativeStep step, DateOnly on, string? text = null,
            bool? passed = null, string? reason = null, string? filedWith = null) =>
            await On(on).StepAsync(d.Id, new NormativeStepRequest(d.Version, step, on, text, reason, passed,
                FiledWith: filedWith));

        await using (var sheet = new MemoryStream())
        {
            await sheet.SaveAsAsync(History(today).Select(h => new Dictionary<string, object?>
            {
                ["制定机关"] = world.Units[h.Unit].Name, ["文件名称"] = h.Title,
                ["文号"] = $"{h.Prefix}〔{h.Issued.Year}〕{h.Sequence}号", ["起草单位"] = h.Drafter,
                ["公布日期"] = h.Issued.ToString("yyyy-MM-dd"), ["施行日期"] = h.Issued.AddDays(30).ToString("yyyy-MM-dd"),
                ["有效期至"] = h.Issued.AddDays(30).AddYears(5).AddDays(-1).ToString("yyyy-MM-dd"),
                ["公布载体"] = "清河县人民政府门户网站", ["报备日期"] = h.Issued.AddDays(12).ToString("yyyy-MM-dd"),
                ["备案机关"] = h.Unit == "县人民政府" ? "云岭市人民政府" : "清河县人民政府", ["正文"] = Body(h.Title, h.Gist),
            }).ToList());
            sheet.Position = 0;
            var imported = await On(today).ImportAsync(sheet);
            if (imported.Errors.Count > 0) throw new InvalidOperationException(imported.Summary);
        }

        var housing = await Drafted(world, county, "清河县城镇住房保障管理办法", "县住房和城乡建设局", last.AddDays(40),
            "保障性租赁住房、公共租赁住房的申请条件、轮候配租、租金标准和退出管理");
        housing = await Step(housing, NormativeStep.SendForLegality, last.AddDays(70));
        housing = await Step(housing, NormativeStep.LegalityOpinion, last.AddDays(80), "建议删除第十二条增设的户籍限制后合法",
            passed: true);
        housing = await Step(housing, NormativeStep.FairCompetition, last.AddDays(82), "不含排除、限制竞争的内容");
        housing = await Step(housing, NormativeStep.Deliberate, last.AddDays(95), "县政府第10次常务会议审议通过",
            passed: true);
        housing = await On(last.AddDays(100)).StepAsync(housing.Id, new NormativeStepRequest(housing.Version,
            NormativeStep.Issue, last.AddDays(100), Prefix: "清政规", PublishedAs: "清河县人民政府门户网站",
            EffectiveOn: last.AddDays(131), Until: last.AddDays(131).AddYears(5).AddDays(-1)));
        housing = await Step(housing, NormativeStep.File, last.AddDays(112), filedWith: "云岭市人民政府");
        housing = await On(last.AddDays(140)).StepAsync(housing.Id, new NormativeStepRequest(housing.Version,
            NormativeStep.FilingReview, last.AddDays(140), "予以备案", Passed: true, Compliant: true));

        var market = await Drafted(world, world.Units["县市场监督管理局"].Id, "清河县市场监督管理局行政处罚裁量权适用规则",
            "县市场监督管理局", last.AddDays(150), "行政处罚裁量阶次、从轻减轻情形、首违不罚清单和裁量说明制度");
        market = await Step(market, NormativeStep.SendForLegality, last.AddDays(160));
        market = await Step(market, NormativeStep.LegalityOpinion, last.AddDays(170), "合法", passed: true);
        market = await Step(market, NormativeStep.ExemptFairCompetition, last.AddDays(171),
            reason: "规范本机关执法裁量，不涉及市场主体经济活动的准入和经营");
        market = await Step(market, NormativeStep.Deliberate, last.AddDays(180), "局务会议审议通过", passed: true);
        market = await On(last.AddDays(185)).StepAsync(market.Id, new NormativeStepRequest(market.Version,
            NormativeStep.Issue, last.AddDays(185), Prefix: "清市监规", PublishedAs: "清河县人民政府门户网站",
            EffectiveOn: last.AddDays(185), Until: last.AddDays(185).AddYears(3).AddDays(-1)));
        market = await Step(market, NormativeStep.File, last.AddDays(240), filedWith: "清河县人民政府");
        market = await On(last.AddDays(260)).StepAsync(market.Id, new NormativeStepRequest(market.Version,
            NormativeStep.FilingReview, last.AddDays(260), "第九条对首违不罚设定了法律规定以外的条件，应予修改", Passed: false,
            Compliant: false));
        await Step(market, NormativeStep.Correct, last.AddDays(280), "已删除第九条增设的条件并重新公布");

        var dust = await Drafted(world, world.Units["县住房和城乡建设局"].Id, "清河县建筑工地扬尘污染防治管理规定",
            "县住房和城乡建设局", today.AddDays(-80), "建筑工地围挡、物料覆盖、湿法作业、车辆冲洗和视频监控");
        dust = await Step(dust, NormativeStep.SendForLegality, today.AddDays(-60));
        dust = await Step(dust, NormativeStep.LegalityOpinion, today.AddDays(-50), "合法", passed: true);
        dust = await Step(dust, NormativeStep.FairCompetition, today.AddDays(-48), "不含排除、限制竞争的内容");
        dust = await Step(dust, NormativeStep.Deliberate, today.AddDays(-40), "局务会议审议通过", passed: true);
        await On(today.AddDays(-26)).StepAsync(dust.Id, new NormativeStepRequest(dust.Version, NormativeStep.Issue,
            today.AddDays(-26), Prefix: "清住建规", PublishedAs: "清河县人民政府门户网站", EffectiveOn: today.AddDays(-26),
            Until: today.AddDays(-26).AddYears(5).AddDays(-1)));

        var fees = await Drafted(world, county, "清河县城区临时占道停车收费管理办法", "县发展和改革局", today.AddDays(-30),
            "临时占道停车泊位的设置、收费标准、减免情形和收费公示");
        await Step(fees, NormativeStep.SendForLegality, today.AddDays(-4));

        var campaign = await On(today.AddDays(-20)).OpenCleanupAsync(
            new OpenCleanupRequest(county, $"{today.Year}年度行政规范性文件清理", today.AddDays(-20)));
        var kept = await On(today.AddDays(-20)).ListAsync(new NormativeFilter(State: NormativeState.InForce));
        campaign = await On(today.AddDays(-15)).JudgeAsync(campaign.Id, new CleanupVerdictRequest(campaign.Version,
            kept.First(d => d.Title.Contains("城市绿化")).Id, CleanupVerdict.Repeal, "上位法已修改，文件主要内容与之不一致"));
        await On(today.AddDays(-15)).JudgeAsync(campaign.Id, new CleanupVerdictRequest(campaign.Version,
            housing.Id, CleanupVerdict.Keep, "符合现行法律法规，继续有效"));
        return "行政规范性文件9件、清理工作1项";
    }

    static Task<NormativeDocument> Drafted(DemoWorld world, int unit, string title, string drafter, DateOnly on,
        string gist) => world.On<NormativeService>(on).RegisterAsync(
            new RegisterNormativeRequest(unit, title, drafter, on, Body(title, gist)));

    /// <summary>A document's text as such documents run: purpose and basis, scope, duties, the matter itself,
    /// supervision, and the period of validity.</summary>
    static string Body(string title, string gist) =>
        $"第一条 为规范{gist}，根据有关法律、法规和规章的规定，结合本县实际，制定本{(title.EndsWith("通告") ? "通告" : "规定")}。\n" +
        "第二条 本县行政区域内的相关管理活动，适用本规定。\n" +
        "第三条 县人民政府有关部门按照职责分工做好相关工作，乡镇人民政府配合做好辖区内的具体工作。\n" +
        $"第四条 {gist}应当坚持依法、公开、公平、公正的原则，保障公民、法人和其他组织的合法权益。\n" +
        "第五条 有关部门应当将执行情况向社会公开，接受社会监督；违反本规定的，依照有关法律法规处理。\n" +
        "第六条 本规定自施行之日起施行，有效期五年。";

    /// <summary>Documents issued before the platform; the first is the one a reconsideration case reviews
    /// (清政通〔2024〕2号), the second nears the end of its validity.</summary>
    static (string Unit, string Title, string Prefix, int Sequence, string Drafter, DateOnly Issued, string Gist)[]
        History(DateOnly today) =>
    [
        ("县人民政府", "清河县人民政府关于开展违法建设专项整治的通告", "清政通", 2, "县综合行政执法局",
            new DateOnly(2024, 3, 18), "违法建设的认定、自行拆除期限、强制拆除程序和举报奖励"),
        ("县人民政府", "清河县农村村民住宅建设管理办法", "清政规", 1, "县自然资源局", today.AddYears(-5).AddMonths(3),
            "农村村民住宅用地审批、建房面积标准、一户一宅和批后监管"),
        ("县人民政府", "清河县城市绿化管理办法", "清政规", 2, "县住房和城乡建设局", today.AddYears(-3).AddDays(-20),
            "城市绿地规划建设、古树名木保护、绿化养护和损坏绿地的补偿"),
        ("县人力资源和社会保障局", "清河县就业创业补贴申领管理办法", "清人社规", 1, "县人力资源和社会保障局",
            today.AddYears(-2).AddDays(-50), "创业担保贷款贴息、一次性创业补贴、社会保险补贴的申领条件和审核发放"),
        ("县市场监督管理局", "清河县食品小作坊登记管理办法", "清市监规", 1, "县市场监督管理局",
            today.AddYears(-1).AddDays(-200), "食品小作坊的登记条件、登记程序、生产加工规范和日常监督检查"),
    ];
}
