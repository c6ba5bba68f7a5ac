using Fazhi.Kernel;

namespace Fazhi.Features.Reconsideration;

/// <summary>How a 附带审查 of a normative document (or of the act's basis) ended: the 复议机关 with power to
/// handle it
/// found the provisions lawful, or stopped them and ordered the maker to correct them (第59条); without that power it
/// forwarded the review to the organ that has it (第56条, 第57条).</summary>
public enum IncidentalOutcome { Lawful = 1, Stopped = 2, Forwarded = 3 }

/// <summary>附带审查 (第13条, 第56–59条): requested by the applicant with the application, or raised by the
/// 复议机关
/// itself when it finds the act's basis unlawful; handled within 30 days, or forwarded within 7 working days.</summary>
public static class IncidentalReview
{
    public static readonly Dictionary<IncidentalOutcome, string> Outcome = new()
    {
        [IncidentalOutcome.Lawful] = "有权处理，认为相关条款合法（在决定书中一并告知）",
        [IncidentalOutcome.Stopped] = "有权处理，决定停止执行相关条款并责令制定机关纠正",
        [IncidentalOutcome.Forwarded] = "无权处理，转送有权处理的机关",
    };

    public static void Raise(ReconsiderationCase c, DateOnly on, string? document)
    {
        CaseRules.Expect(c, "登记附带审查", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        if (c.IncidentalReviewOn is not null) throw new DomainException("On", "本案已登记附带审查");
        if (string.IsNullOrWhiteSpace(document))
            throw new DomainException("Document", "请填写需审查的规范性文件或依据（名称及文号）");
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "附带审查日期", "受理日期");
        c.IncidentalReviewOn = on;
        c.IncidentalDocument = document.Trim();
    }

    /// <summary>第58条: the 复议机构 asks the document's maker, in writing, to answer on the provisions'
    /// legality.
    /// </summary>
    public static void NotifyMaker(ReconsiderationCase c, DateOnly on)
    {
        ExpectOpen(c, "通知制定机关答复");
        if (c.MakerNotifiedOn is not null) throw new DomainException("On", "已通知制定机关");
        CaseRules.NotBefore(on, c.IncidentalReviewOn!.Value, "通知日期", "附带审查日期");
        c.MakerNotifiedOn = on;
    }

    /// <summary>第58条: the maker's written answer, due within 10 working days of receiving the notice.</summary>
    public static void RecordMakerAnswer(ReconsiderationCase c, DateOnly on)
    {
        if (c.MakerNotifiedOn is not { } notified) throw new DomainException("On", "尚未通知制定机关答复");
        if (c.MakerAnsweredOn is not null) throw new DomainException("On", "已登记制定机关的答复");
        CaseRules.NotBefore(on, notified, "答复日期", "通知日期");
        c.MakerAnsweredOn = on;
    }

    /// <summary>第60条: the organ the review was forwarded to replies within 60 days of receiving it.</summary>
    public static void RecordForwardReply(ReconsiderationCase c, DateOnly on)
    {
        if (c.IncidentalOutcome != IncidentalOutcome.Forwarded) throw new DomainException("On",
            "附带审查未转送");
        if (c.ForwardReplyOn is not null) throw new DomainException("On", "已登记接受转送机关的处理意见");
        CaseRules.NotBefore(on, c.IncidentalDoneOn!.Value, "回复日期", "转送日期");
        c.ForwardReplyOn = on;
    }

    static void ExpectOpen(ReconsiderationCase c, string step)
    {
        CaseRules.Expect(c, step, ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        if (c.IncidentalReviewOn is null) throw new DomainException("On", "本案未登记附带审查");
        if (c.IncidentalDoneOn is not null) throw new DomainException("On", "附带审查已办结");
    }

    /// <summary>第56条, 第57条: handled within 30 days, or forwarded within 7 working days; either way
    /// once.</summary>
    public static void Conclude(ReconsiderationCase c, DateOnly on, IncidentalOutcome? outcome)
    {
        CaseRules.Expect(c, "办结附带审查", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended);
        if (c.IncidentalReviewOn is not { } raised) throw new DomainException("On", "本案未登记附带审查");
        if (c.IncidentalDoneOn is not null) throw new DomainException("On", "附带审查已办结");
        CaseRules.NotBefore(on, raised, "办结日期", "附带审查日期");
        c.IncidentalOutcome = outcome ?? throw new DomainException("IncidentalOutcome",
            "请选择附带审查的处理结果");
        c.IncidentalDoneOn = on;
    }
}
