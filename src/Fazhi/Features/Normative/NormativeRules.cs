using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>The numbers the platform gives a document when it issues it (三统一: 统一登记、统一编号).</summary>
public sealed record Numbering(string Number, string Registration);

/// <summary>What each step of a normative document requires and records. A broken rule changes nothing.</summary>
public static class NormativeRules
{
    public const int MaxText = 4000, MaxBody = 100_000, MaxValidYears = 5;

    /// <summary>Filing with the government above (报送备案): 30 days from publication unless the region's own rules
    /// set another period (NormativeOptions.Filing). 法规规章备案审查条例 第4条 sets 30 days for 规章, and local rules
    /// on normative documents (国办发〔2018〕37号's 备案 requirement) commonly follow it.</summary>
    public static readonly DeadlineRule Filing = new("normative.filing", "规范性文件报送备案", 30,
        PeriodUnit.CalendarDay, "国办发〔2018〕37号及地方行政规范性文件备案规定（一般为公布之日起30日内；各地可配置）",
        "文件公布之日");

    /// <param name="numbering">For Issue: the numbers the platform gives.</param>
    /// <param name="filingDue">For File: the last day of the filing period.</param>
    public static TimelineEvent Apply(NormativeDocument d, NormativeStepRequest r, DateOnly today,
        Numbering? numbering = null, DateOnly? filingDue = null)
    {
        if (!Enum.IsDefined(r.Step)) throw new DomainException("Step", "未知的办理步骤");
        var on = r.On ?? throw new DomainException("On", "请填写日期");
        if (on > today) throw new DomainException("On", "日期不能晚于今天");
        if (on < d.RegisteredOn) throw new DomainException("On", "日期不能早于登记日期");
        var text = Clean(r.Text, "Text", MaxText);
        if (r.Step <= NormativeStep.Deliberate && d.State != NormativeState.Drafting)
            throw new DomainException("Step", $"该文件已{NormativeLabels.State(d.State)}，不能再办理制定程序");
        if (r.Step > NormativeStep.Issue && d.State is not (NormativeState.InForce or NormativeState.Repealed
                or NormativeState.Lapsed))
            throw new DomainException("Step", "该文件尚未印发公布");
        return r.Step switch
        {
            NormativeStep.SendForLegality => Send(d, on),
            NormativeStep.LegalityOpinion => Opinion(d, r, on, text),
            NormativeStep.FairCompetition => FairCompetition(d, on, text),
            NormativeStep.ExemptFairCompetition => ExemptFairCompetition(d, on, Clean(r.Reason, "Reason", MaxText)),
            NormativeStep.Deliberate => Deliberate(d, r, on, text),
            NormativeStep.Issue => Issue(d, r, on, numbering ?? throw new InvalidOperationException("numbering")),
            NormativeStep.File => File(d, r, on, filingDue ?? throw new InvalidOperationException("filingDue")),
            NormativeStep.FilingReview => FilingReview(d, r, on, text),
            NormativeStep.Correct => Correct(d, on, text),
            _ => Evaluate(d, r, on, text),
        };
    }

    static TimelineEvent Send(NormativeDocument d, DateOnly on)
    {
        if (d.LegalityPassed == true) throw new DomainException("Step", "合法性审核已通过");
        (d.LegalitySentOn, d.LegalityOn, d.LegalityPassed, d.LegalityText) = (on, null, null, null);
        return new(on, "送请合法性审核", "送司法行政部门（法制机构）合法性审核，附草案、起草说明和制定依据");
    }

    static TimelineEvent Opinion(NormativeDocument d, NormativeStepRequest r, DateOnly on, string? text)
    {
        if (d.LegalitySentOn is not { } sent || d.LegalityOn is not null)
            throw new DomainException("Step", "请先送请合法性审核");
        if (on < sent) throw new DomainException("On", "审核日期不能早于送审日期");
        var lawful = r.Passed ?? throw new DomainException("Passed", "请选择审核结论");
        (d.LegalityOn, d.LegalityPassed, d.LegalityText) = (on, lawful, Required(text, "请填写合法性审核意见"));
        return new(on, "合法性审核意见", (lawful ? "审核通过" : "审核认为不合法，修改后重新送审") + $"：{text}");
    }

    /// <summary>优化营商环境条例 第63条: documents touching market players' economic activity pass a fair-competition
    /// review; one that does not touch it says why.</summary>
    static TimelineEvent FairCompetition(NormativeDocument d, DateOnly on, string? text)
    {
        if (d.FairCompetitionExempt is not null) throw new DomainException("Step", "已说明无需公平竞争审查的理由");
        (d.FairCompetitionOn, d.FairCompetitionText) = (on, Required(text, "请填写公平竞争审查结论"));
        return new(on, "公平竞争审查", text!);
    }

    static TimelineEvent ExemptFairCompetition(NormativeDocument d, DateOnly on, string? reason)
    {
        if (d.FairCompetitionOn is not null) throw new DomainException("Step", "已进行公平竞争审查");
        d.FairCompetitionExempt = reason ?? throw new DomainException("Reason", "请说明无需公平竞争审查的理由（如不涉及市场主体经济活动）");
        return new(on, "说明不适用", $"公平竞争审查不适用：{reason}");
    }

    /// <summary>No draft goes to collective deliberation without a lawful legality review (国办发〔2018〕115号) and a
    /// settled fair-competition review.</summary>
    static TimelineEvent Deliberate(NormativeDocument d, NormativeStepRequest r, DateOnly on, string? text)
    {
        var missing = new List<string>();
        if (d.LegalityPassed != true || d.LegalityOn > on) missing.Add("合法性审核（须审核通过）");
        if (d.FairCompetitionOn is null && d.FairCompetitionExempt is null) missing.Add("公平竞争审查（或说明不适用的理由）");
        if (missing.Count > 0)
            throw new DomainException("Step", $"以下程序尚未完成，不能提交集体审议：{string.Join("、", missing)}");
        if (d.FairCompetitionOn > on) throw new DomainException("On", "公平竞争审查的日期晚于审议日期");
        var adopted = r.Passed ?? throw new DomainException("Passed", "请选择审议结果");
        (d.DeliberatedOn, d.Minutes, d.State) = (on, Required(text, "请填写集体审议的会议记录"),
            adopted ? NormativeState.Drafting : NormativeState.Rejected);
        return new(on, "集体审议", $"{(adopted ? "审议通过" : "审议不予通过")}：{text}");
    }

    /// <summary>三统一: the platform registers and numbers the document and it is issued and published; an unpublished
    /// document cannot be a basis for administration (优化营商环境条例 第64条). Validity: at most five years.</summary>
    static TimelineEvent Issue(NormativeDocument d, NormativeStepRequest r, DateOnly on, Numbering numbering)
    {
        if (d.DeliberatedOn is null || d.State != NormativeState.Drafting)
            throw new DomainException("Step", "文件经集体审议通过后方可登记、编号、印发");
        if (on < d.DeliberatedOn) throw new DomainException("On", "印发日期不能早于审议日期");
        var effective = r.EffectiveOn ?? throw new DomainException("EffectiveOn", "请填写施行日期");
        if (effective < on) throw new DomainException("EffectiveOn", "施行日期不能早于公布日期");
        var until = r.Until ?? throw new DomainException("Until", "请填写有效期截止日期");
        if (until < effective) throw new DomainException("Until", "有效期截止日期不能早于施行日期");
        if (until >= effective.AddYears(MaxValidYears))
            throw new DomainException("Until", $"有效期自施行之日起不超过{MaxValidYears}年");
        d.PublishedAs = RequiredText.Of(r.PublishedAs, "PublishedAs", "公布载体（政府网站、公报等）", 200);
        if (Clean(r.Body, "Body", MaxBody) is { } body) d.Body = body;
        if (d.Body.Length == 0) throw new DomainException("Body", "请填写文件正文");
        (d.Number, d.RegistrationNumber, d.IssuedOn, d.EffectiveOn, d.ValidUntil, d.State) =
            (numbering.Number, numbering.Registration, on, effective, until, NormativeState.InForce);
        return new(on, "登记编号印发", $"统一登记号{numbering.Registration}，文号{numbering.Number}，" +
            $"在{d.PublishedAs}公布，{effective:yyyy-MM-dd}起施行，有效期至{until:yyyy-MM-dd}");
    }

    static TimelineEvent File(NormativeDocument d, NormativeStepRequest r, DateOnly on, DateOnly due)
    {
        if (d.FiledOn is not null) throw new DomainException("Step", "已报送备案");
        if (on < d.IssuedOn) throw new DomainException("On", "报备日期不能早于公布日期");
        (d.FiledOn, d.FiledWith, d.FiledInTime) =
            (on, RequiredText.Of(r.FiledWith, "FiledWith", "备案机关", 100), on <= due);
        return new(on, "报送备案", $"报{d.FiledWith}备案" + (on <= due ? "" : $"（逾期，应于{due:yyyy-MM-dd}前报备）"));
    }

    static TimelineEvent FilingReview(NormativeDocument d, NormativeStepRequest r, DateOnly on, string? text)
    {
        if (d.FiledOn is not { } filed) throw new DomainException("Step", "尚未报送备案");
        if (d.FilingReviewedOn is not null) throw new DomainException("Step", "已记录备案审查结果");
        if (on < filed) throw new DomainException("On", "审查日期不能早于报备日期");
        var compliant = r.Compliant ?? throw new DomainException("Compliant", "请选择报备材料是否齐全规范");
        var lawful = r.Passed ?? throw new DomainException("Passed", "请选择备案审查结论");
        (d.FilingReviewedOn, d.FilingCompliant, d.FilingOutcome, d.FilingReviewText) = (on, compliant,
            lawful ? Normative.FilingOutcome.Lawful : Normative.FilingOutcome.Unlawful,
            lawful ? text : Required(text, "请写明存在的问题和纠正意见"));
        return new(on, "备案审查", $"{(compliant ? "报备规范" : "报备不规范")}；" +
            (lawful ? "予以备案" : "存在问题，通知制定机关纠正") + (text is null ? "" : $"：{text}"));
    }

    static TimelineEvent Correct(NormativeDocument d, DateOnly on, string? text)
    {
        if (d.FilingOutcome != Normative.FilingOutcome.Unlawful)
            throw new DomainException("Step", "备案审查未发现问题，无需纠正");
        if (d.CorrectedOn is not null) throw new DomainException("Step", "已记录纠正情况");
        if (on < d.FilingReviewedOn) throw new DomainException("On", "纠正日期不能早于备案审查日期");
        d.CorrectedOn = on;
        return new(on, "制定机关纠正", Required(text, "请填写纠正情况（修改、废止或停止执行的条款）"));
    }

    /// <summary>The evaluation before the validity ends: kept in force with a new last day (at most five years on),
    /// or left to lapse on its last day.</summary>
    static TimelineEvent Evaluate(NormativeDocument d, NormativeStepRequest r, DateOnly on, string? text)
    {
        if (d.State != NormativeState.InForce || d.ValidUntil < on)
            throw new DomainException("Step", "文件已不再有效（已废止、失效或有效期已届满）");
        var keep = r.Passed ?? throw new DomainException("Passed", "请选择评估结论");
        var found = Required(text, "请填写评估意见");
        d.EvaluatedOn = on;
        d.EvaluationText = found;
        if (!keep) return new(on, "有效期届满前评估", $"评估认为不再继续施行，有效期届满后失效：{found}");
        var until = r.Until ?? throw new DomainException("Until", "继续施行的，请填写新的有效期截止日期");
        if (until <= d.ValidUntil) throw new DomainException("Until", "新的有效期截止日期应晚于原截止日期");
        if (until >= d.ValidUntil!.Value.AddYears(MaxValidYears))
            throw new DomainException("Until", $"延续的有效期不超过{MaxValidYears}年");
        d.ValidUntil = until;
        return new(on, "有效期届满前评估", $"评估认为继续施行，有效期延至{until:yyyy-MM-dd}：{found}");
    }

    public static string? Clean(string? text, string field, int max) => (text ?? "").Trim() is { Length: > 0 } t
        ? t.Length <= max ? t : throw new DomainException(field, $"不超过{max}字") : null;

    static string Required(string? text, string message) => text ?? throw new DomainException("Text", message);
}
