using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>The market regulator's 检查对象名录库 (about 200 shops, firms, products and projects with their risk
/// grades), a recusal, and two plans: one drawn seventy days ago, most results recorded and published (one late),
/// and one waiting for its draw — each step taken through InspectionRules.</summary>
public static class InspectionDemo
{
    const int Registry = 200;

    static readonly string[] Brands =
    [
        "宏达", "顺通", "惠民", "鑫盛", "安居", "绿源",
        "康泰", "福源", "金穗", "兴旺", "天成", "恒信",
    ];
    static readonly string[] Places = ["城关", "河西", "东关", "南街", "北街", "新村"];
    static readonly (ObjectKind Kind, string Name)[] Shapes =
    [
        (ObjectKind.Enterprise, "食品有限公司"), (ObjectKind.Enterprise, "餐饮管理有限公司"),
        (ObjectKind.Enterprise, "商贸有限公司"), (ObjectKind.SoleTrader, "小吃店"),
        (ObjectKind.SoleTrader, "便利店"), (ObjectKind.SoleTrader, "蔬菜水果店"),
        (ObjectKind.Product, "牌挂面"), (ObjectKind.Project, "农贸市场改造项目"),
    ];

    /// <summary>Officers the regulator's pool holds at least, so that the draw has people to choose from and a
    /// recusal leaves enough.</summary>
    const int PoolOfficers = 6;

    /// <summary>The registry, a recusal and the two plans; officers the regulator's pool lacks join the county's
    /// list.</summary>
    public static async Task<string> AddAsync(DemoWorld w, IReadOnlyList<EnforcementPower> powers,
        List<EnforcementOfficer> officers)
    {
        var power = powers.First(p => p.Kind == PowerKind.Inspection);
        var drawnOn = w.Today.AddDays(-70);
        var team = officers.Where(o => o.UnitId == power.UnitId && OfficerRules.IsCertifiedOn(o, drawnOn)).ToList();
        while (team.Count < PoolOfficers)
        {
            var officer = EnforcementDemo.Officer(w, power.UnitId, officers.Count + 1);
            officers.Add(officer);
            w.Db.EnforcementOfficers.Add(officer);
            if (OfficerRules.IsCertifiedOn(officer, drawnOn)) team.Add(officer);
        }
        var objects = Objects(w, power.UnitId);
        w.Db.InspectionObjects.AddRange(objects);
        await w.Db.SaveChangesAsync();

        var recusal = InspectionRules.Recusal(objects.First(o => o.RiskGrade == RiskGrade.D), team[0],
            "其配偶系该店经营者", drawnOn.AddDays(-3));
        w.Db.InspectionRecusals.Add(recusal);
        var first = Plan(power, $"{drawnOn.Year}年食品安全“双随机”抽查" +
            "（第一批）", drawnOn, drawnOn.AddDays(60));
        var second = Plan(power, $"{w.Today.Year}年食品安全“双随机”抽查" +
            "（第二批）", w.Today.AddDays(10), w.Today.AddDays(90));
        w.Db.InspectionPlans.AddRange(first, second);
        await w.Db.SaveChangesAsync();

        var pool = new DrawPool(objects.Select(o => o.Id).ToArray(), objects.Select(o => o.RiskGrade).ToArray(),
            team.Select(o => o.Id).ToArray(), [(recusal.OfficerId, recusal.ObjectId)]);
        var seed = unchecked((ulong)w.Random.NextInt64());
        var drawn = InspectionDraw.Draw(pool, first, seed);
        InspectionRules.RecordDraw(first, drawnOn, seed, pool, pool.Encode(), drawn);
        var tasks = InspectionRules.Tasks(first, drawn);
        Inspect(w, tasks, drawnOn);
        w.Db.InspectionTasks.AddRange(tasks);
        var workflow = w.Services.GetRequiredService<CaseWorkflow>();
        w.Db.Timeline.AddRange(
            workflow.Entry<InspectionPlan>(first.Id,
                InspectionSteps.Registered(first, drawnOn.AddDays(-7), power.Name)),
            workflow.Entry<InspectionPlan>(first.Id, InspectionSteps.Drawn(first, tasks.Count)),
            workflow.Entry<InspectionPlan>(second.Id, InspectionSteps.Registered(second, w.Today, power.Name)));
        await w.Db.SaveChangesAsync();
        return $"{objects.Count}个检查对象、2个双随机抽查计划（抽取{tasks.Count}户）";
    }

    static List<InspectionObject> Objects(DemoWorld w, int unitId)
    {
        var rng = w.Random;
        var names = new HashSet<string>();
        var objects = new List<InspectionObject>();
        while (objects.Count < Registry)
        {
            var (kind, shape) = Shapes[rng.Next(Shapes.Length)];
            var place = Places[rng.Next(Places.Length)];
            var name = $"清河县{place}{Brands[rng.Next(Brands.Length)]}{shape}";
            if (!names.Add(name)) continue;
            var roll = rng.NextDouble();
            var o = new InspectionObject
            {
                UnitId = unitId, Name = name, Kind = kind,
                CreditCode = kind switch
                {
                    ObjectKind.Enterprise => NationalCodes.WithCreditCheck($"91149901MB{objects.Count:0000000}"),
                    ObjectKind.SoleTrader => NationalCodes.WithCreditCheck($"92149901MB{objects.Count:0000000}"),
                    _ => null,
                },
                RiskGrade = roll switch
                {
                    < 0.45 => RiskGrade.A, < 0.85 => RiskGrade.B, < 0.95 => RiskGrade.C, _ => RiskGrade.D,
                },
                Address = $"清河县{place}{rng.Next(1, 300)}号",
            };
            InspectionRules.ValidateObject(o);
            objects.Add(o);
        }
        return objects;
    }

    static InspectionPlan Plan(EnforcementPower power, string name, DateOnly start, DateOnly end)
    {
        var plan = new InspectionPlan
        {
            Name = name, PowerId = power.Id, RatioA = 3, RatioB = 5, RatioC = 10, RatioD = 20,
            InspectorsPerObject = 2, StartOn = start, EndOn = end,
        };
        InspectionRules.ValidatePlan(plan, power);
        return plan;
    }

    /// <summary>Most results recorded within weeks and published within days; one published after its period, one
    /// task in seven recorded lately and not yet published, one in seven not yet inspected.</summary>
    static void Inspect(DemoWorld w, List<InspectionTask> tasks, DateOnly drawnOn)
    {
        var rng = w.Random;
        var calc = w.Services.GetRequiredService<DeadlineCalculator>();
        var late = true;
        for (var i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            if (i % 7 == 6) continue;
            var recent = i % 7 == 5;
            var on = recent ? w.Today.AddDays(-rng.Next(1, 8)) : drawnOn.AddDays(rng.Next(5, 25));
            var roll = rng.NextDouble();
            var result = roll switch
            {
                < 0.7 => InspectionResult.NoProblem, < 0.85 => InspectionResult.RectificationOrdered,
                < 0.92 => InspectionResult.CaseOpened, _ => InspectionResult.NotFound,
            };
            InspectionRules.RecordResult(t, result, on, null, w.Today, calc);
            if (recent) continue;
            var published = late ? t.PublicityDue!.Value.AddDays(3) : on.AddDays(rng.Next(1, 10));
            late = false;
            InspectionRules.Publish(t, published, $"https://www.qinghe.gov.cn/scjg/sjsgk/{published:yyyyMMdd}",
                w.Today);
        }
    }
}
