using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

/// <summary>Two years of the demo county's reconsideration cases, each with the timeline its dates imply.</summary>
public static class ReconsiderationDemo
{
    static readonly (string Dept, ActCategory Category, string Act)[] Acts =
    [
        ("县公安局", ActCategory.Penalty, "行政拘留决定"),
            ("县公安局", ActCategory.Penalty, "罚款500元的行政处罚决定"),
        ("县市场监督管理局", ActCategory.Penalty, "食品安全行政处罚决定"),
        ("县市场监督管理局", ActCategory.Inaction, "投诉举报不予处理"),
        ("县自然资源局", ActCategory.Penalty, "非法占地行政处罚决定"),
            ("县自然资源局", ActCategory.Confirmation, "不动产登记行为"),
        ("县人力资源和社会保障局", ActCategory.WorkInjury, "不予认定工伤决定"),
        ("县人力资源和社会保障局", ActCategory.Inaction, "未依法处理劳动保障监察投诉"),
        ("县住房和城乡建设局", ActCategory.Coercion, "限期拆除决定"),
            ("县综合行政执法局", ActCategory.Coercion, "强制拆除违法建筑行为"),
        ("县生态环境局", ActCategory.Penalty, "环境违法行政处罚决定"),
            ("县交通运输局", ActCategory.Penalty, "超限运输罚款决定"),
        ("县人民政府办公室", ActCategory.InformationDisclosure, "政府信息公开申请答复"),
        ("县行政审批服务管理局", ActCategory.Licensing, "不予行政许可决定"),
        ("城关镇", ActCategory.Expropriation, "房屋征收补偿决定"),
            ("县卫生健康局", ActCategory.Penalty, "医疗机构行政处罚决定"),
    ];

    public static async Task<string?> AddAsync(DemoWorld w)
    {
        var cases = new List<ReconsiderationCase>();
        for (var year = w.Today.Year - 1; year <= w.Today.Year; year++)
        {
            var n = year == w.Today.Year ? 58 : 64;
            for (var k = 1; k <= n; k++)
            {
                var act = Acts[w.Random.Next(Acts.Length)];
                cases.Add(CaseFor(w, $"清政复〔{year}〕{k}号", w.County, w.Unit(act.Dept), act,
                    w.DayOf(year, 4)));
            }
        }
        // A few cases the city government decides against the county government itself.
        for (var k = 1; k <= 4; k++)
        {
            var act = Acts[w.Random.Next(Acts.Length)];
            cases.Add(CaseFor(w, $"云政复〔{w.Today.Year}〕{k}号", w.City, w.County, act,
                w.Today.AddDays(-40 * k)));
        }
        ShowIncidentalReview(cases, w.Today);
        w.Db.ReconsiderationCases.AddRange(cases);
        await w.Db.SaveChangesAsync();
        var workflow = w.Services.GetRequiredService<CaseWorkflow>();
        foreach (var c in cases)
            w.Db.Timeline.AddRange(Events(c).Select(e => workflow.Entry<ReconsiderationCase>(c.Id, e)));
        await w.Db.SaveChangesAsync();
        return $"{cases.Count}件行政复议案件";
    }

    static ReconsiderationCase CaseFor(DemoWorld w, string number, Unit organ, Unit respondent,
        (string Dept, ActCategory Category, string Act) act, DateOnly received)
    {
        var rng = w.Random;
        var simplified = act.Category == ActCategory.InformationDisclosure || rng.NextDouble() < 0.15;
        var c = new ReconsiderationCase
        {
            CaseNumber = number, Applicants = w.Party(0.2), UnitId = organ.Id, RespondentUnitId = respondent.Id,
            ContestedAct = respondent.Name + "作出的" + act.Act, Category = act.Category, ReceivedOn = received,
            Procedure = simplified ? ReconsiderationProcedure.Simplified : ReconsiderationProcedure.Ordinary,
        };
        if (simplified)
        {
            c.SimplifiedBasis = act.Category == ActCategory.InformationDisclosure
                ? SimplifiedBasis.InformationDisclosure : SimplifiedBasis.SmallAmount;
            if (c.SimplifiedBasis == SimplifiedBasis.SmallAmount) c.AmountYuan = 200 + rng.Next(28) * 100;
        }
        Progress(c, rng, w.Today, simplified ? 30 : 60, w.Services.GetRequiredService<DeadlineCalculator>(),
            respondent.Name);
        return c;
    }

    /// <summary>Moves the case as far along as its age allows: most decided in time, a few late, some
    /// suspended.</summary>
    static void Progress(ReconsiderationCase c, Random rng, DateOnly today, int limit, DeadlineCalculator calc,
        string respondent)
    {
        var received = c.ReceivedOn;
        var age = today.DayNumber - received.DayNumber;
        if (rng.NextDouble() < 0.08 && age > 10)
        {
            CaseRules.RefuseAcceptance(c, received.AddDays(3), CaseDeadlines.ReviewDue(c, calc));
            return;
        }
        if (age < 4) return;
        if (rng.NextDouble() < 0.12)
        {
            CaseRules.RequestMaterial(c, received.AddDays(2));
            if (age < 30) return;
            // Now and then an applicant never supplies the material (第31条第2款).
            if (rng.NextDouble() < 0.25)
            {
                CaseRules.Abandon(c, CaseDeadlines.SupplyDue(c, calc).AddDays(1), CaseDeadlines.SupplyDue(c, calc));
                return;
            }
            CaseRules.SupplyMaterial(c, received.AddDays(9));
        }
        var accepted = (c.MaterialSuppliedOn ?? received).AddDays(rng.Next(1, 6));
        if (accepted > today) return;
        CaseRules.Accept(c, accepted, CaseDeadlines.ReviewDue(c, calc));
        accepted = c.AcceptedOn!.Value;
        // A few small-amount cases prove unsuited to the simplified procedure (第55条) and go on as ordinary ones.
        if (c.SimplifiedBasis == SimplifiedBasis.SmallAmount && c.AmountYuan >= 2500 && accepted.AddDays(2) <= today)
        {
            ReviewRules.ConvertToOrdinary(c, accepted.AddDays(2), "县司法局副局长 李明");
            limit = 60;
        }
        // 第49条: an ordinary case hears the parties (by telephone, here the day after acceptance or conversion).
        var heard = (c.ConvertedOn ?? accepted).AddDays(1);
        if (c.Procedure == ReconsiderationProcedure.Ordinary && heard <= today) ReviewRules.HearOpinions(c, heard);
        if (accepted.AddDays(3) <= today) CaseRules.SendCopy(c, accepted.AddDays(rng.Next(1, 4)));
        if (c.CopySentOn is { } sent && sent.AddDays(4) <= today)
            CaseRules.RecordCopyReceipt(c, sent.AddDays(rng.Next(1, 4)));
        if (c.CopyReceivedOn is { } served && served.AddDays(14) <= today)
            CaseRules.ReceiveAnswer(c, served.AddDays(rng.Next(3, 13)));
        if (rng.NextDouble() < 0.1 && accepted.AddDays(20) <= today)
        {
            var ground = rng.NextDouble() < 0.5
                ? SuspensionGround.MediationOrSettlement
                : SuspensionGround.AwaitingOtherCase;
            CaseRules.Suspend(c, accepted.AddDays(15), ground);
            if (accepted.AddDays(45) > today) return;
            CaseRules.Resume(c, accepted.AddDays(45));
            limit += 30;
        }
        // Most cases are decided in time; some run late, more among recent ones (the due list shows those still open).
        var lateShare = accepted.AddDays(90) >= today ? 0.5 : 0.08;
        var decideAfter = rng.NextDouble() < lateShare ? limit + rng.Next(5, 40) : rng.Next(limit / 2, limit - 2);
        var decided = accepted.AddDays(decideAfter);
        if (decided >= today) return;
        var decision = PickDecision(rng, out var selfCorrected);
        if (decision == ReconsiderationDecision.Annul && c.Procedure == ReconsiderationProcedure.Ordinary)
            HoldHearing(c, decided, calc);
        // 撤销 of a penalty orders the respondent to decide again (第64条第1款), as such decisions commonly do.
        int? redo = decision == ReconsiderationDecision.Annul && c.Category == ActCategory.Penalty ? 60 : null;
        CaseRules.Conclude(c, decided, decision, selfCorrected, redo);
        // 确认违法 usually comes with an 意见书 to the respondent (第76条), reported on within 60 days.
        if (decision == ReconsiderationDecision.ConfirmUnlawful && decided.AddDays(5) <= today)
        {
            ReviewRules.IssueOpinionLetter(c, decided.AddDays(5), respondent);
            if (decided.AddDays(50) <= today) ReviewRules.RecordOpinionReport(c, decided.AddDays(50));
        }
        // Decisions to perform are mostly performed within a month; one in three is late and ordered performed
        // (第77条), without drawing from the random sequence the rest of the demo follows.
        if (PerformanceRules.Performable(c) && decided.AddDays(20) <= today)
        {
            var late = decided.DayNumber % 3 == 0;
            if (late) PerformanceRules.OrderPerformance(c, decided.AddDays(20), decided.AddDays(50));
            var performed = decided.AddDays(late ? 45 : 30);
            if (performed <= today) PerformanceRules.RecordPerformance(c, performed);
        }
        // Now and then an applicant neither sues nor pays a fine the decision upheld (第78条第1项).
        if (decision == ReconsiderationDecision.Uphold && c.Category == ActCategory.Penalty
            && decided.AddDays(90) <= today && decided.DayNumber % 5 == 0)
            PerformanceRules.Enforce(c, decided.AddDays(90), EnforcementRoute.Court);
    }

    /// <summary>The oldest case still under review has a 附带审查 of the notice its act relied on (第13条, 第
    /// 56–59条),
    /// whatever the random draw: raised, the maker asked and answering, then found lawful.</summary>
    static void ShowIncidentalReview(List<ReconsiderationCase> cases, DateOnly today)
    {
        if (cases.Where(c => c.Status == ReconsiderationStatus.Accepted && c.AcceptedOn!.Value.AddDays(6) <= today)
                .MinBy(c => c.AcceptedOn) is not { } open) return;
        var accepted = open.AcceptedOn!.Value;
        IncidentalReview.Raise(open, accepted.AddDays(5), "清河县人民政府关于开展违法建设专项整治" +
            "的通告（清政通〔2024〕2号）");
        IncidentalReview.NotifyMaker(open, accepted.AddDays(6));
        if (accepted.AddDays(14) <= today) IncidentalReview.RecordMakerAnswer(open, accepted.AddDays(14));
        if (accepted.AddDays(25) <= today)
            IncidentalReview.Conclude(open, accepted.AddDays(25), IncidentalOutcome.Lawful);
    }

    /// <summary>A 听证 (第50条) noticed two weeks after acceptance, held once the notice allows (第51条), when
    /// that is
    /// before the decision.</summary>
    static void HoldHearing(ReconsiderationCase c, DateOnly decided, DeadlineCalculator calc)
    {
        var notice = c.AcceptedOn!.Value.AddDays(14);
        var held = CaseDeadlines.HearingNoticeEnds(notice, calc).AddDays(1);
        if (held >= decided || c.Suspensions.Count > 0) return;
        ReviewRules.NoticeHearing(c, notice, held, CaseDeadlines.HearingNoticeEnds(notice, calc));
        ReviewRules.HoldHearing(c, held, CaseDeadlines.HearingNoticeEnds(notice, calc));
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

    /// <summary>The timeline the case's dates imply, worded as the steps word it.</summary>
    static IEnumerable<TimelineEvent> Events(ReconsiderationCase c)
    {
        yield return CaseSteps.Received(c);
        (DateOnly? On, CaseStep Step)[] dated =
        [
            (c.MaterialRequestedOn, CaseStep.RequestMaterial), (c.MaterialSuppliedOn, CaseStep.SupplyMaterial),
            (c.AbandonedOn, CaseStep.Abandon), (c.NotAcceptedOn, CaseStep.RefuseAcceptance),
            (c.AcceptedOn, CaseStep.Accept), (c.CopySentOn, CaseStep.SendCopy),
            (c.ConvertedOn, CaseStep.ConvertToOrdinary), (c.OpinionsHeardOn, CaseStep.HearOpinions),
            (c.CopyReceivedOn, CaseStep.RecordCopyReceipt), (c.AnswerReceivedOn, CaseStep.ReceiveAnswer),
            (c.HearingNoticeOn, CaseStep.NoticeHearing), (c.HearingHeldOn, CaseStep.HoldHearing),
        ];
        foreach (var (on, step) in dated)
            if (on is { } d) yield return CaseSteps.Event(step, d, c);
        foreach (var s in c.Suspensions)
        {
            yield return CaseSteps.Event(CaseStep.Suspend, s.SuspendedOn, c, s.Ground);
            if (s.ResumedOn is { } resumed) yield return CaseSteps.Event(CaseStep.Resume, resumed, c);
        }
        (DateOnly? On, CaseStep Step)[] closing =
        [
            (c.ConcludedOn, CaseStep.Conclude), (c.OpinionLetterServedOn, CaseStep.IssueOpinionLetter),
            (c.OpinionLetterReportedOn, CaseStep.RecordOpinionReport),
            (c.PerformanceOrderedOn, CaseStep.OrderPerformance), (c.PerformedOn, CaseStep.RecordPerformance),
            (c.EnforcedOn, CaseStep.Enforce), (c.IncidentalReviewOn, CaseStep.RaiseIncidentalReview),
            (c.MakerNotifiedOn, CaseStep.NotifyMaker), (c.MakerAnsweredOn, CaseStep.RecordMakerAnswer),
            (c.IncidentalDoneOn, CaseStep.ConcludeIncidentalReview),
        ];
        foreach (var (on, step) in closing)
            if (on is { } d) yield return CaseSteps.Event(step, d, c);
    }
}
