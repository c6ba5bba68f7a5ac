using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

/// <summary>Two years of suits against the demo county's departments in the county court, the appeals some of them
/// went on to in the city's intermediate court, with their timelines.</summary>
public static class LitigationDemo
{
    static readonly (string Dept, string Cause)[] Causes =
    [
        ("县公安局", "行政拘留纠纷"), ("县公安局", "治安罚款纠纷"),
            ("县市场监督管理局", "食品安全行政处罚纠纷"),
        ("县自然资源局", "非法占地行政处罚纠纷"), ("县自然资源局", "不动产登记纠纷"),
            ("县人力资源和社会保障局", "工伤认定纠纷"),
        ("县住房和城乡建设局", "限期拆除纠纷"), ("县综合行政执法局", "强制拆除纠纷"),
            ("县生态环境局", "环境行政处罚纠纷"),
        ("县交通运输局", "超限运输罚款纠纷"), ("县人民政府办公室", "政府信息公开纠纷"),
            ("城关镇", "房屋征收补偿纠纷"),
        ("县市场监督管理局", "不履行投诉举报处理职责纠" +
            "纷"), ("县人力资源和社会保障局", "不履行劳动保障监察职责纠纷"),
    ];

    public static async Task<string?> AddAsync(DemoWorld w)
    {
        var appealCourt = await w.Db.Units.SingleAsync(u => u.Kind == UnitKind.Court && u.ParentId == w.City.Id);
        var cases = new List<LitigationCase>();
        for (var year = w.Today.Year - 1; year <= w.Today.Year; year++)
        {
            var n = year == w.Today.Year ? 24 : 27;
            for (var k = 1; k <= n; k++) cases.Add(CaseFor(w, $"（{year}）晋9901行初{k}号", w.DayOf(year, 6)));
        }
        // The demo shows a co-defendant 复议机关 whatever the draw.
        if (!cases.Any(c => c.CoDefendantUnitId is not null)
            && cases.FirstOrDefault(c => c.Cause.EndsWith("处罚纠纷")) is { } penalty)
            penalty.CoDefendantUnitId = w.County.Id;
        var appeals = new List<LitigationCase>();
        foreach (var c in cases)
            if (Appeal(w, c, appealCourt.Id, showcase: !cases.Any(x => x.Appellant == Appellant.Agency)) is { } appeal)
                appeals.Add(Number(appeal, appeals.Count(a => a.FiledOn.Year == appeal.FiledOn.Year) + 1));
        w.Db.LitigationCases.AddRange([.. cases, .. appeals]);
        await w.Db.SaveChangesAsync();
        var workflow = w.Services.GetRequiredService<CaseWorkflow>();
        foreach (var c in cases.Concat(appeals))
            w.Db.Timeline.AddRange(Events(c, w, appealCourt).Select(e => workflow.Entry<LitigationCase>(c.Id, e)));
        await w.Db.SaveChangesAsync();
        return $"{cases.Count + appeals.Count}件行政应诉案件（其中二审{appeals.Count}件）";
    }

    static LitigationCase CaseFor(DemoWorld w, string number, DateOnly filed)
    {
        var rng = w.Random;
        var (dept, cause) = Causes[rng.Next(Causes.Length)];
        // 政府信息公开 suits may be tried by simplified procedure (行政诉讼法 第82条第1款第3项).
        var simplified = cause.StartsWith("政府信息公开") && rng.NextDouble() < 0.7;
        var c = new LitigationCase
        {
            CaseNumber = number, UnitId = w.Unit(dept).Id, CourtUnitId = w.Court.Id, Plaintiffs = w.Party(0.25),
            Cause = cause, FiledOn = filed, ServedOn = filed.AddDays(rng.Next(2, 6)),
            Procedure = simplified ? LitigationProcedure.Simplified : LitigationProcedure.Ordinary,
            NonPerformance = cause.StartsWith("不履行"),
            HeadMustAppear = cause is "食品安全行政处罚纠" +
                "纷" or "环境行政处罚纠纷" ? HeadAppearanceGround.PublicInterest
                : cause == "房屋征收补偿纠纷" ? HeadAppearanceGround.MassIncident : null,
        };
        // Since 2024 the county government decides reconsiderations of its departments' acts (行政复议法 第24条
        // );
        // where it upheld the act, it is sued with the department (行政诉讼法 第26条第2款).
        if (cause.EndsWith("处罚纠纷") && rng.NextDouble() < 0.3) c.CoDefendantUnitId = w.County.Id;
        // Defences are filed within the 15 days, but a few recent ones are not yet recorded (the due list shows them).
        var recent = filed.AddDays(60) >= w.Today;
        if (c.ServedOn!.Value.AddDays(15) <= w.Today && !(recent && rng.NextDouble() < 0.3))
            c.DefenceSubmittedOn = c.ServedOn.Value.AddDays(rng.Next(5, 15));
        var heldOn = filed.AddDays(simplified ? rng.Next(18, 30) : rng.Next(40, 90));
        if (heldOn > w.Today) return c;
        Hear(w, c, heldOn);
        var end = heldOn.AddDays(simplified ? rng.Next(3, 12) : rng.Next(10, 60));
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

    /// <summary>Mostly a head appears (2020 规定 第2条); otherwise staff come with one of the excuses of 第8条,
    /// and
    /// now and then only a lawyer does.</summary>
    static void Hear(DemoWorld w, LitigationCase c, DateOnly on)
    {
        var rng = w.Random;
        var (rank, title) = rng.NextDouble() switch
        {
            < 0.20 => (AppearanceRank.Principal, "局长"),
            < 0.72 => (AppearanceRank.Deputy, "副局长"),
            < 0.86 => (AppearanceRank.OtherInCharge, "党组成员"),
            < 0.97 => (AppearanceRank.Staff, "法制股股长"),
            _ => (AppearanceRank.LawyerOnly, "律师"),
        };
        (AbsenceReason? Reason, string? Proof) excuse = rank switch
        {
            AppearanceRank.LawyerOnly => (AbsenceReason.NoValidReason, null),
            AppearanceRank.Staff when rng.NextDouble() < 0.7 =>
                (AbsenceReason.IrreplaceableDuty, "负责人参加县委常委会议，" +
                    "会议通知已加盖单位印章提交"),
            AppearanceRank.Staff => (AbsenceReason.Accident, "负责人途中交通受阻，" +
                "情况说明经主要负责人签字认可"),
            _ => (null, null),
        };
        LitigationRules.AddHearing(c, new HearingRequest(0, on, rank, w.Person(), title, excuse.Reason, excuse.Proof));
    }

    /// <summary>Who appealed a first-instance decision once its period ran: the agency, most of its losses (always the
    /// first one, so the demo shows an agency's appeal); the plaintiff, a third of the rest. A loss still within its
    /// period is one the agency means to appeal.</summary>
    static LitigationCase? Appeal(DemoWorld w, LitigationCase first, int appealCourt, bool showcase)
    {
        var rng = w.Random;
        if (LitigationDeadlines.AppealKey(first) is null || first.OutcomeServedOn is not { } served) return null;
        if (served.AddDays(15) >= w.Today)
        {
            first.AppealIntended = first.AgencyLost;
            return null;
        }
        var byAgency = first.AgencyLost && (showcase || rng.NextDouble() < 0.7);
        var byPlaintiff = !first.AgencyLost && rng.NextDouble() < 0.35;
        first.AppealIntended = byAgency;
        LitigationRules.RecordAppeal(first, new AppealRequest(0,
            byAgency ? Appellant.Agency : byPlaintiff ? Appellant.Plaintiff : Appellant.None,
            byAgency ? served.AddDays(rng.Next(5, 14)) : null));
        if (first.Appellant == Appellant.None) return null;
        var filed = served.AddDays(rng.Next(25, 45));
        if (filed > w.Today) return null;
        var c = new LitigationCase
        {
            UnitId = first.UnitId, CoDefendantUnitId = first.CoDefendantUnitId, CourtUnitId = appealCourt,
            Instance = Instance.Second, Plaintiffs = first.Plaintiffs, Cause = first.Cause, FiledOn = filed,
            ServedOn = filed.AddDays(rng.Next(3, 7)), Appellant = first.Appellant, OriginalLost = first.AgencyLost,
            HeadMustAppear = first.HeadMustAppear,
        };
        if (byPlaintiff && c.ServedOn!.Value.AddDays(15) <= w.Today)
            c.DefenceSubmittedOn = c.ServedOn.Value.AddDays(rng.Next(5, 15));
        var heldOn = filed.AddDays(rng.Next(30, 60));
        if (heldOn > w.Today) return c;
        Hear(w, c, heldOn);
        var end = heldOn.AddDays(rng.Next(10, 40));
        if (end > w.Today) return c;
        var (form, outcome) = (byAgency, rng.NextDouble()) switch
        {
            (true, < 0.6) or (false, < 0.75) => (first.Form!.Value, LitigationOutcome.UpholdOnAppeal),
            (true, < 0.8) => (OutcomeForm.Judgment, LitigationOutcome.ReverseForAgency),
            (false, < 0.9) => (OutcomeForm.Judgment, LitigationOutcome.ReverseAgainstAgency),
            _ => (OutcomeForm.Ruling, LitigationOutcome.Remand),
        };
        LitigationRules.Conclude(c, new ConclusionRequest(0, form, outcome, end, end.AddDays(rng.Next(1, 8))));
        return c;
    }

    static LitigationCase Number(LitigationCase appeal, int k)
    {
        appeal.CaseNumber = $"（{appeal.FiledOn.Year}）晋99行终{k}号";
        return appeal;
    }

    static IEnumerable<TimelineEvent> Events(LitigationCase c, DemoWorld w, Unit appealCourt)
    {
        var court = c.CourtUnitId == appealCourt.Id ? appealCourt : w.Court;
        var defendants = string.Join("、", w.Units.Values.Distinct()
            .Where(u => u.Id == c.UnitId || u.Id == c.CoDefendantUnitId).OrderBy(u => u.Id != c.UnitId)
            .Select(u => u.Name));
        yield return LitigationSteps.Filed(c, court.Name, defendants);
        if (c.ServedOn is { } served) yield return LitigationSteps.Served(served);
        if (c.DefenceSubmittedOn is { } defended) yield return LitigationSteps.Defended(defended);
        foreach (var h in c.Hearings) yield return LitigationSteps.Heard(h);
        if (c.ConcludedOn is not null) yield return LitigationSteps.Concluded(c);
        if (c.Instance == Instance.First && c.Appellant is not null)
            yield return LitigationSteps.Appealed(c, c.OutcomeServedOn!.Value.AddDays(16));
        else if (c.AppealIntended) yield return LitigationSteps.AppealIntended(c.OutcomeServedOn!.Value.AddDays(2));
    }
}
