using Fazhi.Kernel;

namespace Fazhi.Features.Reconsideration;

/// <summary>The steps of the review itself (第49–52、55、76条): each checks the case's state and dates, and
/// throws
/// DomainException naming the field.</summary>
public static class ReviewRules
{
    /// <summary>第55条: a simplified case found unsuited to it goes on under the ordinary procedure, approved by the
    /// head of the 复议机构; the ordinary periods (第48条, 第62条第1款) then apply, still from
    /// acceptance.</summary>
    public static void ConvertToOrdinary(ReconsiderationCase c, DateOnly on, string? approver)
    {
        CaseRules.Expect(c, "转为普通程序", ReconsiderationStatus.Accepted);
        if (c.Procedure != ReconsiderationProcedure.Simplified)
            throw new DomainException(nameof(c.Procedure), "只有适用简易程序的案件可以转为普通程序");
        if (string.IsNullOrWhiteSpace(approver))
            throw new DomainException("Approver", "请填写批准人（行政复议机构负责人，" +
                "第五十五条）");
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "转换日期", "受理日期");
        c.Procedure = ReconsiderationProcedure.Ordinary;
        c.SimplifiedBasis = null; // the basis applies to the simplified procedure only (CheckSimplified)
        c.ConvertedOn = on;
        c.ConversionApprover = approver.Trim();
    }

    /// <summary>第49条: an ordinary case hears the parties (in person, online or by telephone) and records
    /// it.</summary>
    public static void HearOpinions(ReconsiderationCase c, DateOnly on)
    {
        ExpectOrdinary(c, "听取意见");
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "听取意见日期", "受理日期");
        c.OpinionsHeardOn = on;
    }

    /// <summary>第49条: when the parties cannot be heard for their own cause, the case may be reviewed in writing;
    /// the cause is recorded.</summary>
    public static void ReviewInWriting(ReconsiderationCase c, DateOnly on, string? reason)
    {
        ExpectOrdinary(c, "书面审理");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Reason", "请填写因当事人原因不能听取意见的情况（第四十" +
                "九条）");
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "书面审理日期", "受理日期");
        c.WrittenReviewReason = reason.Trim();
    }

    /// <summary>第51条第1款: the parties are told in writing of the hearing at least five working days (第88条)
    /// before
    /// it; <paramref name="noticeEnds"/> is the fifth working day after the notice, and the hearing comes after it,
    /// so neither the notice's day nor the hearing's counts among the five.</summary>
    public static void NoticeHearing(ReconsiderationCase c, DateOnly on, DateOnly? hearingOn, DateOnly noticeEnds)
    {
        ExpectOrdinary(c, "通知听证"); // 第50条 belongs to the ordinary procedure (第三节)
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "听证通知日期", "受理日期");
        var scheduled = hearingOn ?? throw new DomainException("HearingOn", "请填写举行听证的日期");
        CheckNotice(scheduled, noticeEnds, "HearingOn");
        c.HearingNoticeOn = on;
        c.HearingScheduledOn = scheduled;
    }

    /// <summary>第50条: the hearing held (a 听证笔录 made); never sooner than the notice allows (第51条第1款
    /// ).</summary>
    public static void HoldHearing(ReconsiderationCase c, DateOnly on, DateOnly noticeEnds)
    {
        ExpectOrdinary(c, "举行听证");
        if (c.HearingNoticeOn is null) throw new DomainException("On", "请先登记听证书面通知");
        CheckNotice(on, noticeEnds, "On");
        c.HearingHeldOn = on;
    }

    /// <summary>第52条第2、3款: the case put to the 行政复议委员会, whose advice is recorded.</summary>
    public static void ConsultCommittee(ReconsiderationCase c, DateOnly on, string? advice)
    {
        ExpectOrdinary(c, "提请行政复议委员会咨询");
        if (string.IsNullOrWhiteSpace(advice))
            throw new DomainException("Advice", "请填写行政复议委员会的咨询意见（第五十二条第" +
                "三款）");
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "咨询日期", "受理日期");
        c.CommitteeOn = on;
        c.CommitteeAdvice = advice.Trim();
    }

    /// <summary>第76条: found while handling the case (or in deciding it), an unlawful or improper act of the
    /// respondent or another lower agency may get an 意见书; the recipient's 60 days run from its receipt, so the
    /// step records the day it was served.</summary>
    public static void IssueOpinionLetter(ReconsiderationCase c, DateOnly on, string? recipient)
    {
        CaseRules.Expect(c, "制发行政复议意见" +
            "书", ReconsiderationStatus.Accepted, ReconsiderationStatus.Suspended,
            ReconsiderationStatus.Concluded);
        if (c.OpinionLetterServedOn is not null) throw new DomainException("On", "本案已制发行政复议意见" +
            "书");
        if (string.IsNullOrWhiteSpace(recipient))
            throw new DomainException("Recipient", "请填写意见书的接收机关（被申请人或者其他下" +
                "级行政机关）");
        CaseRules.NotBefore(on, c.AcceptedOn!.Value, "意见书送达日期", "受理日期");
        c.OpinionLetterServedOn = on;
        c.OpinionLetterRecipient = recipient.Trim();
    }

    /// <summary>第76条: the recipient reports how it corrected the act.</summary>
    public static void RecordOpinionReport(ReconsiderationCase c, DateOnly on)
    {
        if (c.OpinionLetterServedOn is not { } served) throw new DomainException("On", "本案未制发行政复议" +
            "意见书");
        if (c.OpinionLetterReportedOn is not null) throw new DomainException("On", "已登记意见书的落实情况");
        CaseRules.NotBefore(on, served, "报送日期", "意见书送达日期");
        c.OpinionLetterReportedOn = on;
    }

    /// <summary>第79条: the decision made public, as the contested act's own publicity and national rules
    /// allow.</summary>
    public static void Publish(ReconsiderationCase c, DateOnly on)
    {
        CaseRules.Expect(c, "公开决定书", ReconsiderationStatus.Concluded);
        if (c.PublishedOn is not null) throw new DomainException("On", "决定书已公开");
        CaseRules.NotBefore(on, c.ConcludedOn!.Value, "公开日期", "决定日期");
        c.PublishedOn = on;
    }

    static void CheckNotice(DateOnly hearing, DateOnly noticeEnds, string field)
    {
        if (hearing <= noticeEnds)
            throw new DomainException(field, $"听证应当于书面通知满五个工作日后举行（第五十一" +
                "条），即不早于" +
                                             $"{noticeEnds.AddDays(1):yyyy-MM-dd}");
    }

    static void ExpectOrdinary(ReconsiderationCase c, string step)
    {
        CaseRules.Expect(c, step, ReconsiderationStatus.Accepted);
        if (c.Procedure != ReconsiderationProcedure.Ordinary)
            throw new DomainException(nameof(c.Procedure), $"简易程序案件可以书面审理（第五十四条" +
                $"），不适用{step}；" +
                                                           "确需的，请先转为普通程序");
    }
}
