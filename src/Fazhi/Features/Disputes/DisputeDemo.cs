using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Disputes;

/// <summary>The county's mediation network — three townships' committees with one village's each, the county's
/// committee, two professional ones and the 行政争议协调化解中心 — and two years of disputes: most resolved, some
/// confirmed by the court, the latest still in mediation; the centre's half pushed by the court.</summary>
public static class DisputeDemo
{
    static readonly (string Unit, string Name, OrganisationLevel Level, string[] Kinds)[] Organisations =
    [
        ("城关镇", "城关镇人民调解委员会", OrganisationLevel.Township, ["邻里纠纷", "婚姻家庭", "物业纠纷", "合同纠纷"]),
        ("城关镇", "城关镇东街社区人民调解委员会", OrganisationLevel.Village, ["邻里纠纷", "物业纠纷", "婚姻家庭"]),
        ("东河镇", "东河镇人民调解委员会", OrganisationLevel.Township, ["土地承包", "损害赔偿", "劳动争议"]),
        ("东河镇", "东河镇柳树村人民调解委员会", OrganisationLevel.Village, ["土地承包", "邻里纠纷", "婚姻家庭"]),
        ("西山乡", "西山乡人民调解委员会", OrganisationLevel.Township, ["土地承包", "征地拆迁", "损害赔偿"]),
        ("西山乡", "西山乡石门村人民调解委员会", OrganisationLevel.Village, ["邻里纠纷", "土地承包"]),
        ("县司法局", "清河县人民调解委员会", OrganisationLevel.County, ["合同纠纷", "损害赔偿", "劳动争议"]),
        ("县司法局", "清河县医疗纠纷人民调解委员会", OrganisationLevel.Professional, ["医疗纠纷"]),
        ("县司法局", "清河县道路交通事故纠纷人民调解委员会", OrganisationLevel.Professional, ["交通事故"]),
        ("县司法局", "清河县行政争议协调化解中心", OrganisationLevel.AdministrativeCentre, ["行政争议"]),
    ];

    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var svc = world.Services.GetRequiredService<DisputeService>();
        var cases = 0;
        foreach (var (unit, name, level, kinds) in Organisations)
        {
            var mediators = string.Join('\n',
                Enumerable.Range(0, 3).Select(i => world.Person() + (i == 0 ? "（专职）" : "")));
            var org = await svc.CreateOrganisationAsync(
                new CreateOrganisationRequest(world.Unit(unit).Id, name, level, mediators));
            for (var year = world.Today.Year - 1; year <= world.Today.Year; year++)
                for (var i = 0; i < 6; i++)
                {
                    await AddCaseAsync(world, org, kinds[i % kinds.Length], world.DayOf(year, 1), i);
                    cases++;
                }
        }
        return $"{Organisations.Length}个调解组织、矛盾纠纷{cases}件";
    }

    static async Task AddCaseAsync(DemoWorld world, MediationOrganisation org, string kind, DateOnly received, int i)
    {
        var centre = org.Level == OrganisationLevel.AdministrativeCentre;
        var source = !centre ? DisputeSource.Party : i % 2 == 0 ? DisputeSource.Court : DisputeSource.Reconsideration;
        var reference = source switch
        {
            DisputeSource.Court => $"（{received.Year}）清行诉前调{i + 1}号",
            DisputeSource.Reconsideration => $"清政复〔{received.Year}〕{30 + i}号",
            _ => null,
        };
        var parties = centre ? $"{world.Party(0.4)}与{world.Unit(i % 3 == 0 ? "县自然资源局" : "县市场监督管理局").Name}"
            : $"{world.Person()}与{world.Party(0.2)}";
        var c = await world.On<DisputeService>(received).RegisterAsync(new RegisterDisputeRequest(org.Id, kind,
            parties, $"双方因{kind}发生争议，{(centre ? "不服行政行为" : "协商未果")}，请求调解。", received, source, reference));
        var concluded = received.AddDays(5 + world.Random.Next(20));
        if (concluded > world.Today) return;
        var step = (i % 5, centre) switch
        {
            (4, true) => DisputeStep.Return,
            (4, false) => i % 2 == 0 ? DisputeStep.Fail : DisputeStep.Terminate,
            _ => DisputeStep.Resolve,
        };
        var text = step switch
        {
            DisputeStep.Resolve => centre ? "行政机关重新作出处理，申请人撤回起诉（复议申请）。" : "双方自愿达成协议，一次性赔偿并当场履行。",
            DisputeStep.Return => "双方分歧较大，未能化解，退回依法审理。",
            DisputeStep.Fail => "双方分歧较大，调解不成。",
            _ => "一方当事人撤回调解申请。",
        };
        c = await world.On<DisputeService>(concluded).StepAsync(c.Id,
            new DisputeStepRequest(c.Version, step, concluded, text));
        var applied = concluded.AddDays(3);
        if (step != DisputeStep.Resolve || centre || i % 3 != 0 || applied.AddDays(10) > world.Today) return;
        c = await world.On<DisputeService>(applied).StepAsync(c.Id,
            new DisputeStepRequest(c.Version, DisputeStep.ApplyConfirmation, applied));
        await world.On<DisputeService>(applied.AddDays(10)).StepAsync(c.Id,
            new DisputeStepRequest(c.Version, DisputeStep.RecordConfirmation, applied.AddDays(10), null, true));
    }
}
