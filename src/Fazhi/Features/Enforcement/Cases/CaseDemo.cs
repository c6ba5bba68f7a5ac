using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>Two years of the demo county's enforcement cases, each taken through CaseRules step by step as an
/// agency would: most penalties notified, some heard and reviewed, fined inside their band (now and then not),
/// served and published — a few late or not yet, so the due list and the figures have something to show.</summary>
public static class CaseDemo
{
    /// <summary>裁量基准 bands and 不予处罚 items for each penalty power: fines in 元.</summary>
    static readonly (StandardKind Kind, string Circumstance, decimal? Min, decimal? Max)[] Standards =
    [
        (StandardKind.Band, "情节轻微：初次违法，及时改正", 200, 1000),
        (StandardKind.Band, "情节一般", 1000, 5000),
        (StandardKind.Band, "情节严重：多次违法或造成危害后果", 5000, 20000),
        (StandardKind.Exemption, "违法行为轻微并及时改正，没有造成危害后果", null, null),
        (StandardKind.Exemption, "初次违法且危害后果轻微并及时改正", null, null),
    ];

    static readonly string[] Facts =
    [
        "经现场检查，当事人存在所涉违法行为，有现场笔录、照片为证。",
        "根据群众举报，执法人员调查核实，当事人违法事实清楚。",
        "日常巡查中发现当事人涉嫌违法，经立案调查属实。",
    ];

    public static async Task<string> AddAsync(DemoWorld w, IReadOnlyList<EnforcementPower> powers,
        IReadOnlyList<EnforcementOfficer> officers)
    {
        var standards = powers.Where(p => p.Kind == PowerKind.Penalty).SelectMany(p => Standards.Select(s =>
            new PowerStandard
            {
                PowerId = p.Id, UnitId = p.UnitId, Kind = s.Kind, Circumstance = s.Circumstance, MinAmount = s.Min,
                MaxAmount = s.Max,
            })).ToList();
        w.Db.PowerStandards.AddRange(standards);
        await w.Db.SaveChangesAsync();
        var calc = w.Services.GetRequiredService<DeadlineCalculator>();
        var cases = new List<(EnforcementCase Case, List<TimelineEvent> Events)>();
        var usable = powers.Where(p => CaseLabels.Kinds.Contains(p.Kind)).ToList();
        for (var year = w.Today.Year - 1; year <= w.Today.Year; year++)
            for (var k = 1; k <= 30; k++)
            {
                var power = usable[w.Random.Next(usable.Count)];
                var filed = w.DayOf(year, 5);
                var team = officers.Where(o => o.UnitId == power.UnitId && OfficerRules.IsCertifiedOn(o, filed)
                                               && OfficerRules.IsCertifiedOn(o, filed.AddDays(120))).Take(2).ToList();
                if (team.Count < CaseRules.MinHandlers(power.Kind)) continue;
                var number = $"清{Short(power)}〔{year}〕{k}号";
                cases.Add(Build(w, calc, power, team, number, filed,
                    standards.Where(s => s.PowerId == power.Id).ToList()));
            }
        w.Db.EnforcementCases.AddRange(cases.Select(x => x.Case));
        await w.Db.SaveChangesAsync();
        var workflow = w.Services.GetRequiredService<CaseWorkflow>();
        foreach (var (c, events) in cases)
            w.Db.Timeline.AddRange(events.Select(e => workflow.Entry<EnforcementCase>(c.Id, e)));
        await w.Db.SaveChangesAsync();
        return $"{standards.Count}项裁量基准、{cases.Count}件行政执法案件";
    }

    static string Short(EnforcementPower p) => p.Kind switch
    {
        PowerKind.Penalty => "罚", PowerKind.Licensing => "许", PowerKind.Coercion => "强", _ => "检",
    } + (p.Unit?.Name ?? "").Replace("清河县", "")[..1];

    static (EnforcementCase, List<TimelineEvent>) Build(DemoWorld w, DeadlineCalculator calc, EnforcementPower power,
        List<EnforcementOfficer> team, string number, DateOnly filed, List<PowerStandard> standards)
    {
        var rng = w.Random;
        var company = rng.NextDouble() < 0.5;
        var c = new EnforcementCase
        {
            Number = number, PowerId = power.Id, PartyKind = company ? PartyKind.Organisation : PartyKind.Person,
            PartyName = company ? w.Party(1) : w.Person(),
            PartyCode = company ? NationalCodes.WithCreditCheck($"91149901MA{rng.Next(10_000_000):0000000}") : null,
            Facts = Facts[rng.Next(Facts.Length)], Evidence = "现场检查笔录、询问笔录、现场照片",
                FiledOn = filed,
            ReviewGround = power.Kind == PowerKind.Penalty && rng.NextDouble() < 0.15 ? ReviewGround.Complex : null,
        };
        CaseRules.Register(c, power, team, w.Today);
        CaseDeadlines.FixDecisionDue(c, calc);
        var events = new List<TimelineEvent> { CaseSteps.Filed(c, power.Name, team.Select(o => o.Name)) };
        Record(c, events, RecordStage.Start, "立案审批表", filed);
        var day = filed.AddDays(rng.Next(8, 30));
        if (c.Kind == PowerKind.Licensing) day = filed.AddDays(rng.Next(3, 18));
        if (day > w.Today) return (c, events);
        Record(c, events, RecordStage.Investigation, "现场检查笔录", day.AddDays(-rng.Next(1, 5)));
        DateOnly? hearingEnds = null;
        if (c.Kind == PowerKind.Penalty)
        {
            CaseRules.Notify(c, day, hearing: rng.NextDouble() < 0.3);
            events.Add(CaseSteps.Notified(c));
            if (c.HearingNotified) hearingEnds = calc.Compute(CaseDeadlines.HearingRule, day).Due;
            if (c.HearingNotified && rng.NextDouble() < 0.5)
            {
                CaseRules.RequestHearing(c, day.AddDays(2));
                events.Add(CaseSteps.HearingRequested(day.AddDays(2)));
                day = day.AddDays(2 + rng.Next(7, 12));
                if (day > w.Today) return (c, events);
                CaseRules.HoldHearing(c, day);
                events.Add(CaseSteps.HearingHeld(day));
            }
            day = (c.HearingHeldOn ?? hearingEnds ?? day).AddDays(rng.Next(2, 12));
            if (CaseRules.ReviewRequired(c))
            {
                if (day > w.Today) return (c, events);
                CaseRules.LegalReview(c, day, w.Person(), passed: true,
                    "事实清楚，证据确凿，程序合法，适用依据正确");
                events.Add(CaseSteps.Reviewed(c));
                Record(c, events, RecordStage.Review, "法制审核意见书", day);
                day = day.AddDays(rng.Next(1, 4));
            }
        }
        if (day > w.Today) return (c, events);
        var warning = CaseRules.Decide(c, Decision(rng, c.Kind, day, standards), standards, hearingEnds, team);
        events.Add(CaseSteps.Decided(c, warning));
        Record(c, events, RecordStage.Decision, c.Kind == PowerKind.Penalty ? "行政处罚决定书" : "决定书",
            day);
        if (CaseRules.IsPublished(c.Outcome!.Value))
            c.PublicityDue = calc.Compute(CaseDeadlines.PublicityRule(c.Kind), day).Due;
        return (Finish(w, calc, c, events, day), events);
    }

    /// <summary>Service, publication, execution and closure, as far as today allows; one in ten published late,
    /// one in twenty not yet.</summary>
    static EnforcementCase Finish(DemoWorld w, DeadlineCalculator calc, EnforcementCase c, List<TimelineEvent> events,
        DateOnly decided)
    {
        var rng = w.Random;
        var onSpot = rng.NextDouble() < 0.6;
        var delivered = onSpot ? decided : decided.AddDays(rng.Next(1, 9));
        if (delivered > w.Today) return c;
        CaseRules.Deliver(c, delivered, onSpot);
        events.Add(CaseSteps.Delivered(c));
        Record(c, events, RecordStage.Delivery, "送达回证", delivered);
        // Seized goods are sent for 检测 for ten days, which the period does not count (第25条第3款).
        var tested = c.Measure == CoercionMeasure.Seizure && decided.AddDays(2) <= w.Today ? 10 : 0;
        if (tested > 0)
        {
            CoercionRules.RecordTesting(c, calc, null, TestingKind.Testing, decided.AddDays(2),
                decided.AddDays(1 + tested), decided.AddDays(2), w.Today);
            events.Add(CaseSteps.Tested(c));
        }
        if (CoercionRules.AwaitsDisposal(c))
        {
            var disposed = decided.AddDays(rng.Next(5, 29) + tested);
            if (disposed > w.Today) return c;
            CoercionRules.Dispose(c, disposed, rng.NextDouble() < 0.5 ? Disposal.Released : Disposal.Confiscated);
            events.Add(CaseSteps.Disposed(c));
        }
        var roll = rng.NextDouble();
        if (c.PublicityDue is { } due && roll >= 0.05)
        {
            var published = roll < 0.15 ? due.AddDays(rng.Next(1, 10)) : decided.AddDays(rng.Next(1, 6));
            if (published > w.Today) return c;
            CaseRules.Publish(c, published, $"https://www.qinghe.gov.cn/xzzfgs/{published:yyyyMMdd}{c.Number.Length}");
            events.Add(CaseSteps.Published(c));
        }
        else if (c.PublicityDue is not null) return c;
        var executed = delivered.AddDays(rng.Next(3, 20));
        if (executed > w.Today || rng.NextDouble() < 0.15) return c;
        CaseRules.Execute(c, executed);
        events.Add(CaseSteps.Executed(executed));
        Record(c, events, RecordStage.Execution, "罚没款缴纳凭证", executed);
        var closed = executed.AddDays(rng.Next(1, 10));
        if (closed > w.Today) return c;
        CaseRules.Close(c, closed);
        events.Add(CaseSteps.Closed(closed));
        return c;
    }

    static DecisionRequest Decision(Random rng, PowerKind kind, DateOnly on, List<PowerStandard> standards)
    {
        var outcomes = CaseRules.OutcomesFor(kind);
        var outcome = outcomes[rng.NextDouble() < 0.8 ? 0 : 1];
        if (outcome == CaseOutcome.CoercionTaken)
            return new(0, on, outcome,
                Measure: rng.NextDouble() < 0.5 ? CoercionMeasure.Seizure : CoercionMeasure.Sealing);
        if (kind != PowerKind.Penalty) return new(0, on, outcome);
        var roll = rng.NextDouble();
        if (roll < 0.08)
            return new(0, on, CaseOutcome.NotPenalisedMinor,
                StandardId: standards.FirstOrDefault(s => s.Kind == StandardKind.Exemption)?.Id);
        if (roll < 0.14) return new(0, on, CaseOutcome.NotEstablished);
        var bands = standards.Where(s => s.Kind == StandardKind.Band).ToList();
        var band = bands[rng.Next(bands.Count)];
        // One fine in ten is set above its band's ceiling.
        var amount = rng.NextDouble() < 0.1
            ? band.MaxAmount!.Value * 1.5m
            : Math.Round((band.MinAmount!.Value + (band.MaxAmount!.Value - band.MinAmount.Value)
                * (decimal)rng.NextDouble()) / 100) * 100;
        return new(0, on, CaseOutcome.Penalised, [PenaltySort.Warning, PenaltySort.Fine], amount, band.Id);
    }

    static void Record(EnforcementCase c, List<TimelineEvent> events, RecordStage stage, string title, DateOnly on)
    {
        var r = new ProcessRecord { Stage = stage, Form = RecordForm.Text, Title = title, RecordedOn = on };
        c.Records.Add(r);
        events.Add(CaseSteps.Recorded(r));
    }
}
