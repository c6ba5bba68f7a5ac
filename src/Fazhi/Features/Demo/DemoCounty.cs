using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Features.Reconsideration;
using Fazhi.Features.Litigation;

namespace Fazhi.Features.Demo;

/// <summary>A plainly fictional county (云岭市清河县, code 149901, not a real division) with a year and more of casework, generated from a fixed seed.</summary>
public static class DemoCounty
{
    public const string Password = "Fazhi2026!";

    static readonly string[] Departments =
    [
        "县司法局", "县公安局", "县市场监督管理局", "县自然资源局", "县生态环境局", "县住房和城乡建设局", "县交通运输局", "县农业农村局",
        "县卫生健康局", "县人力资源和社会保障局", "县应急管理局", "县教育局", "县财政局", "县民政局", "县水利局", "县文化和旅游局",
        "县商务局", "县发展和改革局", "县医疗保障局", "县退役军人事务局", "县林业局", "县综合行政执法局", "县审计局", "县统计局",
        "县行政审批服务管理局", "县信访局", "县工业和信息化局", "县乡村振兴局", "县档案局", "县人民政府办公室",
    ];
    static readonly string[] Townships = ["城关镇", "东河镇", "西山乡", "南湖镇", "北坪乡", "柳林镇", "石桥乡", "青云镇", "白马乡", "龙泉镇"];
    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "郭", "何", "高", "林", "罗", "郑"];
    static readonly string[] Given = ["建国", "秀英", "志强", "丽华", "海波", "春梅", "国庆", "玉兰", "军", "敏", "磊", "静", "涛", "燕", "斌", "霞"];
    static readonly string[] Companies = ["清河县宏达建材有限公司", "清河县顺通物流有限公司", "云岭绿源农业开发有限公司", "清河县惠民超市", "清河县鑫盛餐饮店", "清河县安居置业有限公司"];

    static readonly (string Dept, ActCategory Category, string Act)[] Acts =
    [
        ("县公安局", ActCategory.Penalty, "行政拘留决定"), ("县公安局", ActCategory.Penalty, "罚款500元的行政处罚决定"),
        ("县市场监督管理局", ActCategory.Penalty, "食品安全行政处罚决定"), ("县市场监督管理局", ActCategory.Inaction, "投诉举报不予处理"),
        ("县自然资源局", ActCategory.Penalty, "非法占地行政处罚决定"), ("县自然资源局", ActCategory.Confirmation, "不动产登记行为"),
        ("县人力资源和社会保障局", ActCategory.WorkInjury, "不予认定工伤决定"), ("县人力资源和社会保障局", ActCategory.Inaction, "未依法处理劳动保障监察投诉"),
        ("县住房和城乡建设局", ActCategory.Coercion, "限期拆除决定"), ("县综合行政执法局", ActCategory.Coercion, "强制拆除违法建筑行为"),
        ("县生态环境局", ActCategory.Penalty, "环境违法行政处罚决定"), ("县交通运输局", ActCategory.Penalty, "超限运输罚款决定"),
        ("县人民政府办公室", ActCategory.InformationDisclosure, "政府信息公开申请答复"), ("县行政审批服务管理局", ActCategory.Licensing, "不予行政许可决定"),
        ("城关镇", ActCategory.Expropriation, "房屋征收补偿决定"), ("县卫生健康局", ActCategory.Penalty, "医疗机构行政处罚决定"),
    ];

    public static Task<bool> ExistsAsync(FazhiDb db) => db.Units.AnyAsync();

    public static async Task<string> BuildAsync(IServiceProvider sp, bool reset)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        if (reset) { await db.Database.EnsureDeletedAsync(); await StorageSetup.EnsureSchemaAsync(db); }
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var rng = new Random(2026);

        var city = await AddUnitAsync(db, null, "云岭市人民政府", UnitKind.Government, "149900", 0);
        var county = await AddUnitAsync(db, city, "清河县人民政府", UnitKind.Government, "149901", 1);
        var depts = new Dictionary<string, Unit>();
        var i = 2;
        foreach (var name in Departments) depts[name] = await AddUnitAsync(db, county, "清河" + name, UnitKind.Department, null, i++);
        foreach (var name in Townships) depts[name] = await AddUnitAsync(db, county, "清河县" + name + "人民政府", UnitKind.Township, null, i++);
        var court = await AddUnitAsync(db, county, "清河县人民法院", UnitKind.Court, null, i++);
        await AddUnitAsync(db, city, "云岭市中级人民法院", UnitKind.Court, null, i++);

        await UserSetup.EnsureRolesAsync(sp);
        await UserSetup.CreateAsync(sp, "admin", "系统管理员", Password, city.Id, Roles.Administrator);
        await UserSetup.CreateAsync(sp, "sfj", "县司法局 复议应诉科", Password, county.Id, Roles.Coordinator);
        await UserSetup.CreateAsync(sp, "gaj", "县公安局 法制大队", Password, depts["县公安局"].Id, Roles.Clerk);
        await UserSetup.CreateAsync(sp, "scj", "县市场监管局 法规股", Password, depts["县市场监督管理局"].Id, Roles.Clerk);
        await UserSetup.CreateAsync(sp, "guest", "只读查看", Password, county.Id, Roles.Viewer);

        var recon = 0;
        var litigation = 0;
        for (var year = today.Year - 1; year <= today.Year; year++)
        {
            var yearEnd = year == today.Year ? today : new DateOnly(year, 12, 31);
            var n = year == today.Year ? 58 : 64;
            for (var k = 1; k <= n; k++)
            {
                var received = new DateOnly(year, 1, 4).AddDays(rng.Next(yearEnd.DayNumber - new DateOnly(year, 1, 4).DayNumber));
                db.ReconsiderationCases.Add(ReconsiderationCaseFor(rng, $"清政复〔{year}〕{k}号", county, depts, received, today));
                recon++;
            }
            var m = year == today.Year ? 24 : 27;
            for (var k = 1; k <= m; k++)
            {
                var filed = new DateOnly(year, 1, 6).AddDays(rng.Next(yearEnd.DayNumber - new DateOnly(year, 1, 6).DayNumber));
                db.LitigationCases.Add(LitigationCaseFor(rng, $"（{year}）晋9901行初{k}号", depts, court, filed, today));
                litigation++;
            }
        }
        // A few cases the city government decides against the county government itself.
        for (var k = 1; k <= 4; k++)
        {
            var c = ReconsiderationCaseFor(rng, $"云政复〔{today.Year}〕{k}号", city, new() { ["县人民政府"] = county }, today.AddDays(-40 * k), today);
            db.ReconsiderationCases.Add(c);
            recon++;
        }
        await db.SaveChangesAsync();
        await AddTimelinesAsync(db);
        return $"演示数据已生成：{Departments.Length + Townships.Length + 5}个单位、{recon}件行政复议案件、{litigation}件行政应诉案件。\n" +
               $"演示账号（密码均为 {Password}）：admin 系统管理员；sfj 县司法局（本县及以下）；gaj 县公安局经办人（仅本单位）；scj 县市场监管局经办人；guest 只读。";
    }

    static async Task<Unit> AddUnitAsync(FazhiDb db, Unit? parent, string name, UnitKind kind, string? division, int order)
    {
        var body = "11" + "149901" + (order + 100).ToString("D9");
        var unit = new Unit { Name = name, Kind = kind, DivisionCode = division, ParentId = parent?.Id, SortOrder = order, CreditCode = kind == UnitKind.Township ? null : NationalCodes.WithCreditCheck(body) };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        await db.SaveChangesAsync();
        return unit;
    }

    static string Person(Random rng) => Surnames[rng.Next(Surnames.Length)] + Given[rng.Next(Given.Length)];

    static ReconsiderationCase ReconsiderationCaseFor(Random rng, string number, Unit organ, Dictionary<string, Unit> depts, DateOnly received, DateOnly today)
    {
        var act = Acts[rng.Next(Acts.Length)];
        var respondent = depts.TryGetValue(act.Dept, out var d) ? d : depts.Values.First();
        var simplified = act.Category == ActCategory.InformationDisclosure || rng.NextDouble() < 0.15;
        var c = new ReconsiderationCase
        {
            CaseNumber = number, Applicants = rng.NextDouble() < 0.2 ? Companies[rng.Next(Companies.Length)] : Person(rng),
            UnitId = organ.Id, RespondentUnitId = respondent.Id, ContestedAct = respondent.Name + "作出的" + act.Act, Category = act.Category,
            ReceivedOn = received, Procedure = simplified ? ReconsiderationProcedure.Simplified : ReconsiderationProcedure.Ordinary,
        };
        if (simplified)
        {
            c.SimplifiedBasis = act.Category == ActCategory.InformationDisclosure ? SimplifiedBasis.InformationDisclosure : SimplifiedBasis.SmallAmount;
            if (c.SimplifiedBasis == SimplifiedBasis.SmallAmount) c.AmountYuan = 200 + rng.Next(28) * 100;
        }
        var age = today.DayNumber - received.DayNumber;
        if (rng.NextDouble() < 0.08 && age > 10) { CaseRules.RefuseAcceptance(c, received.AddDays(4)); return c; }
        if (age < 4) return c;
        if (rng.NextDouble() < 0.12) { CaseRules.RequestMaterial(c, received.AddDays(2)); if (age < 12) return c; CaseRules.SupplyMaterial(c, received.AddDays(9)); }
        var accepted = (c.MaterialSuppliedOn ?? received).AddDays(rng.Next(1, 6));
        if (accepted > today) return c;
        CaseRules.Accept(c, accepted);
        if (accepted.AddDays(3) <= today) CaseRules.SendCopy(c, accepted.AddDays(rng.Next(1, 4)));
        if (c.CopySentOn is { } sent && sent.AddDays(10) <= today) CaseRules.ReceiveAnswer(c, sent.AddDays(rng.Next(3, 11)));
        var limit = simplified ? 30 : 60;
        if (rng.NextDouble() < 0.1 && accepted.AddDays(20) <= today)
        {
            CaseRules.Suspend(c, accepted.AddDays(15), rng.NextDouble() < 0.5 ? SuspensionGround.MediationOrSettlement : SuspensionGround.AwaitingOtherCase);
            if (accepted.AddDays(45) <= today) CaseRules.Resume(c, accepted.AddDays(45)); else return c;
            limit += 30;
        }
        // Most cases are decided in time; a few run late (the overdue list shows them).
        var decideAfter = rng.NextDouble() < 0.08 ? limit + rng.Next(5, 20) : rng.Next(limit / 2, limit - 2);
        var decided = accepted.AddDays(decideAfter);
        if (decided >= today) return c;
        CaseRules.Conclude(c, decided, PickDecision(rng, out var selfCorrected), selfCorrected);
        return c;
    }

    /// <summary>A mix like the seed reports: mostly upheld or dismissed, about a quarter corrected.</summary>
    static ReconsiderationDecision PickDecision(Random rng, out bool selfCorrected)
    {
        selfCorrected = false;
        var x = rng.NextDouble();
        if (x < 0.45) return ReconsiderationDecision.Uphold;
        if (x < 0.55) return ReconsiderationDecision.DismissClaim;
        if (x < 0.60) return ReconsiderationDecision.DismissApplication;
        if (x < 0.69) return ReconsiderationDecision.Annul;
        if (x < 0.72) return ReconsiderationDecision.PartlyAnnul;
        if (x < 0.73) return ReconsiderationDecision.Vary;
        if (x < 0.78) return ReconsiderationDecision.ConfirmUnlawful;
        if (x < 0.80) return ReconsiderationDecision.OrderPerformance;
        if (x < 0.85) return ReconsiderationDecision.Mediation;
        selfCorrected = x < 0.91;
        return ReconsiderationDecision.SettledWithdrawn;
    }

    static LitigationCase LitigationCaseFor(Random rng, string number, Dictionary<string, Unit> depts, Unit court, DateOnly filed, DateOnly today)
    {
        var act = Acts[rng.Next(Acts.Length)];
        var c = new LitigationCase
        {
            CaseNumber = number, UnitId = (depts.TryGetValue(act.Dept, out var d) ? d : depts.Values.First()).Id, CourtUnitId = court.Id,
            Plaintiffs = rng.NextDouble() < 0.25 ? Companies[rng.Next(Companies.Length)] : Person(rng), Cause = act.Act.Replace("决定", "") + "纠纷",
            FiledOn = filed, ServedOn = filed.AddDays(rng.Next(2, 6)),
        };
        if (c.ServedOn!.Value.AddDays(15) <= today) c.DefenceSubmittedOn = c.ServedOn.Value.AddDays(rng.Next(5, 15));
        var hearing = filed.AddDays(rng.Next(40, 90));
        if (hearing > today) return c;
        var appeared = rng.NextDouble() < 0.86;
        LitigationRules.AddHearing(c, hearing, appeared, Person(rng), appeared ? "副局长" : "法制股股长", appeared ? null : "负责人因参加县委常委会议无法出庭，已提交书面说明");
        var end = hearing.AddDays(rng.Next(10, 60));
        if (end > today) return c;
        var x = rng.NextDouble();
        var (form, outcome) = x switch
        {
            < 0.62 => (OutcomeForm.Judgment, LitigationOutcome.DismissClaims),
            < 0.70 => (OutcomeForm.Judgment, LitigationOutcome.Annul),
            < 0.73 => (OutcomeForm.Judgment, LitigationOutcome.ConfirmUnlawful),
            < 0.88 => (OutcomeForm.Ruling, LitigationOutcome.Withdrawn),
            _ => (OutcomeForm.Ruling, LitigationOutcome.DismissSuit),
        };
        LitigationRules.Conclude(c, form, outcome, end, end.AddDays(rng.Next(1, 8)) is var s && s <= today ? s : null);
        return c;
    }

    /// <summary>Each demo case gets the timeline its dates imply, as if recorded step by step.</summary>
    static async Task AddTimelinesAsync(FazhiDb db)
    {
        foreach (var c in await db.ReconsiderationCases.Include(c => c.Suspensions).ToListAsync())
        {
            void Note(DateOnly? on, string kind, string text) { if (on is { } d) db.Timeline.Add(TimelineEntry.Of(CaseDeadlines.OwnerType, c.Id, d, kind, text, "demo")); }
            Note(c.ReceivedOn, "收到申请", $"收到{c.Applicants}的行政复议申请（{Labels.Procedure[c.Procedure]}）");
            Note(c.MaterialRequestedOn, "要求补正", "一次性书面通知申请人补正材料");
            Note(c.MaterialSuppliedOn, "补正", "申请人提交补正材料");
            Note(c.NotAcceptedOn, "不予受理", "决定不予受理");
            Note(c.AcceptedOn, "受理", "决定受理");
            Note(c.CopySentOn, "发送副本", "向被申请人发送申请书副本");
            Note(c.AnswerReceivedOn, "答复", "收到被申请人书面答复及证据");
            foreach (var s in c.Suspensions) { Note(s.SuspendedOn, "中止", Labels.Ground[s.Ground]); Note(s.ResumedOn, "恢复", "恢复审理"); }
            Note(c.ConcludedOn, "决定", c.Decision is { } dd ? $"作出{Labels.Decision[dd]}决定" : "");
        }
        foreach (var c in await db.LitigationCases.Include(c => c.Hearings).ToListAsync())
        {
            void Note(DateOnly? on, string kind, string text) { if (on is { } d) db.Timeline.Add(TimelineEntry.Of(LitigationRules.OwnerType, c.Id, d, kind, text, "demo")); }
            Note(c.FiledOn, "立案", $"法院立案受理{c.Plaintiffs}的起诉");
            Note(c.ServedOn, "送达", "收到起诉状副本及应诉通知书");
            Note(c.DefenceSubmittedOn, "答辩", "提交答辩状及证据材料");
            foreach (var h in c.Hearings) Note(h.HeldOn, "开庭", h.ResponsiblePersonAppeared ? $"负责人{h.AppearedName}（{h.AppearedTitle}）出庭应诉" : $"负责人未出庭，{h.AppearedName}（{h.AppearedTitle}）出庭；{h.AbsenceExplanation}");
            Note(c.ConcludedOn, "结案", c.Outcome is { } o ? $"{LitigationRules.FormLabel[c.Form!.Value]}：{LitigationRules.OutcomeLabel[o]}" : "");
        }
        await db.SaveChangesAsync();
    }
}
