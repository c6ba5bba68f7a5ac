using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>Registering a case: what a page or the API may set, never the stored entity. The power from the
/// 权责清单 fixes the agency and the kind of case.</summary>
public sealed record RegisterCaseRequest(string Number, int PowerId, PartyKind PartyKind, string PartyName,
    string? PartyCode, string Facts, string? Evidence, DateOnly FiledOn, int[]? HandlerIds,
    ReviewGround? ReviewGround = null)
{
    public EnforcementCase ToCase() => new()
    {
        Number = Number ?? "", PowerId = PowerId, PartyKind = PartyKind,
        PartyName = PartyName ?? "", PartyCode = PartyCode, Facts = Facts ?? "", Evidence = Evidence ?? "",
        FiledOn = FiledOn, ReviewGround = ReviewGround,
    };
}

public sealed record CaseStepRequest(int Version, DateOnly On);

public sealed record NoticeRequest(int Version, DateOnly On, bool HearingNotified);

public sealed record RecusalRequest(int Version, DateOnly On, int HandlerId, RecusalApplicant Applicant,
    string? Reason, string? DecidedBy, int? ReplacementId = null);

public sealed record LegalReviewRequest(int Version, DateOnly On, string? Reviewer, bool Passed, string? Opinion);

public sealed record DecisionRequest(int Version, DateOnly DecidedOn, CaseOutcome Outcome, PenaltySort[]? Sorts = null,
    decimal? Amount = null, int? StandardId = null, CoercionMeasure? Measure = null);

/// <summary>The head's extension of a 查封、扣押 or 冻结 period (行政强制法 第25、32条).</summary>
public sealed record CoercionExtensionRequest(int Version, DateOnly NewDue, string? Reason, string? Approver);

public sealed record DisposalRequest(int Version, DateOnly On, Disposal Disposal);

/// <summary>检测、检验、检疫或者技术鉴定 of seized goods, its period and the day the party was told in writing
/// (行政强制法 第25条第3款).</summary>
public sealed record TestingRequest(int Version, TestingKind Kind, DateOnly From, DateOnly To, DateOnly NotifiedOn);

public sealed record DeliveryRequest(int Version, DateOnly On, bool OnSpot);

public sealed record PublicationRequest(int Version, DateOnly On, string? Url);

/// <summary>An item of the 全过程记录; its file comes beside it in the same form.</summary>
public sealed record RecordRequest(int Version, RecordStage Stage, RecordForm Form, string? Title,
    DateOnly RecordedOn)
{
    /// <summary>From a multipart form (the API), each field checked by name.</summary>
    public static RecordRequest From(IFormCollection form)
    {
        string Field(string name) => form[name].ToString() is { Length: > 0 } v ? v
            : throw new DomainException(name, $"缺少表单字段 {name}");
        T Parse<T>(string name, Func<string, T?> parse) where T : struct =>
            parse(Field(name)) ?? throw new DomainException(name, $"表单字段 {name} 的值无效");
        return new RecordRequest(
            Parse("version", v => int.TryParse(v, out var n) ? n : (int?)null),
            Parse("stage", v => Enum.TryParse<RecordStage>(v, out var e) ? e : (RecordStage?)null),
            Parse("form", v => Enum.TryParse<RecordForm>(v, out var e) ? e : (RecordForm?)null),
            form["title"].ToString(),
            Parse("recordedOn", v => DateOnly.TryParse(v, out var d) ? d : (DateOnly?)null));
    }
}

public sealed record StandardRequest(StandardKind Kind, string Circumstance, decimal? MinAmount, decimal? MaxAmount);

/// <summary>The steps of a case as its timeline words them — written once for the API, the pages and the
/// demo county.</summary>
public static class CaseSteps
{
    public static TimelineEvent Filed(EnforcementCase c, string power, IEnumerable<string> handlers) =>
        new(c.FiledOn, c.Kind == PowerKind.Licensing ? "受理" : "立案",
            $"{CaseLabels.Kind(c.Kind)}：{power}；当事人{c.PartyName}；" +
                $"执法人员{string.Join("、", handlers)}");

    public static TimelineEvent Notified(EnforcementCase c) => new(c.NotifiedOn!.Value, "告知",
        "告知拟作出的行政处罚内容及事实、理由、依据，以及陈述、申辩" +
        (c.HearingNotified ? "、要求听证的权利" : "的权利"));

    public static TimelineEvent HearingRequested(DateOnly on) => new(on, "听证申请", "当事人要求听证");

    public static TimelineEvent HearingHeld(DateOnly on) => new(on, "听证", "举行听证");

    public static TimelineEvent Recused(CaseHandler h, EnforcementOfficer? replacement) => new(h.RecusedOn!.Value,
        "回避", $"{h.Officer?.Name}回避（{CaseLabels.Applicant[h.RecusalApplicant!.Value]}：" +
            $"{h.RecusalReason}；" +
                $"{h.RecusalDecidedBy}决定）" + (replacement is null ? "" : $"，由{replacement.Name}接替"));

    public static TimelineEvent Reviewed(EnforcementCase c) => new(c.LegalReviewedOn!.Value, "法制审核",
        $"{c.LegalReviewer}审核{(c.LegalReviewPassed == true ? "通过" : "未通过")}" +
        (c.LegalReviewOpinion is { } o ? $"：{o}" : ""));

    public static TimelineEvent Decided(EnforcementCase c, string? warning) => new(c.DecidedOn!.Value, "决定",
        CaseLabels.Outcome[c.Outcome!.Value]
        + (c.Sorts != 0 ? $"：{CaseLabels.Sorts(c.Sorts)}" : "")
        + (c.Amount is { } a ? $"，罚款{a:0.##}元" : "")
        + (c.Measure is { } m ? $"：{CaseLabels.Measure[m]}" : "")
        + (warning is null ? "" : $"（{warning}）"));

    public static TimelineEvent CoercionExtended(DeadlineExtension e) => new(e.ApprovedOn, "延长期限",
        $"经{e.Approver}批准，处理决定期限延长至{e.NewDue:yyyy-MM-dd}，理由：{e.Reason}");

    public static TimelineEvent Tested(EnforcementCase c) => new(c.TestingNotifiedOn!.Value, "检测期间",
        $"{CaseLabels.Testing[c.Testing!.Value]}期间{c.TestingFrom:yyyy-MM-dd}至{c.TestingTo:yyyy-MM-dd}，" +
        "不计入查封、扣押期间，已书面告知当事人");

    public static TimelineEvent Disposed(EnforcementCase c) => new(c.DisposedOn!.Value, "处理决定",
        CaseLabels.Disposals[c.Disposal!.Value]);

    public static TimelineEvent Delivered(EnforcementCase c) => new(c.DeliveredOn!.Value, "送达",
        c.DeliveredOnSpot ? "决定书当场交付当事人" : "决定书送达当事人");

    public static TimelineEvent Published(EnforcementCase c) => new(c.PublishedOn!.Value, "公示",
        "公开执法决定信息" + (c.PublicationUrl is { } u ? $"：{u}" : ""));

    public static TimelineEvent Executed(DateOnly on) => new(on, "执行", "决定执行完毕");

    public static TimelineEvent Overturned(DateOnly on) => new(on, "变更撤销",
        "决定被依法变更、撤销或者确认违法、无效");

    public static TimelineEvent Withdrawn(DateOnly on)
        => new(on, "撤回公开", "撤回已公开的决定信息并说明理由");

    public static TimelineEvent Closed(DateOnly on) => new(on, "结案", "结案归档");

    public static TimelineEvent Recorded(ProcessRecord r) => new(r.RecordedOn, "全过程记录",
        $"{CaseLabels.Stage[r.Stage]}：{r.Title}（{CaseLabels.Form[r.Form]}" +
        (r.FileName is { } f ? $"，{f}" : "") + "）");
}
