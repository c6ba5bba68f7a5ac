using Fazhi.Kernel;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>The rules of an enforcement case under the 行政处罚法 (and, for licences and coercive measures, the
/// 行政许可法 and 行政强制法): who may handle it, what must precede a decision, which outcomes
/// exist.</summary>
public static class CaseRules
{
    public static IReadOnlyList<CaseOutcome> OutcomesFor(PowerKind kind) => kind switch
    {
        // 第57条第1款 (the head's four decisions), with the two exemptions of 第33条第1款 told apart.
        PowerKind.Penalty => [CaseOutcome.Penalised, CaseOutcome.NotPenalisedMinor,
            CaseOutcome.NotPenalisedFirstOffence, CaseOutcome.NotEstablished, CaseOutcome.Transferred],
        PowerKind.Licensing => [CaseOutcome.Granted, CaseOutcome.Refused], // 行政许可法 第38条
        PowerKind.Coercion => [CaseOutcome.CoercionTaken, CaseOutcome.CoercionNotTaken],
        _ => [CaseOutcome.Compliant, CaseOutcome.RectificationOrdered, CaseOutcome.CaseOpened],
    };

    /// <summary>Handlers a case needs: two (行政处罚法 第42条; 行政强制法 第18条第2项; an inspection is
    /// done by two under 第55条), one for a licence, which the 行政许可法 leaves to the agency.</summary>
    public static int MinHandlers(PowerKind kind) => kind == PowerKind.Licensing ? 1 : 2;

    /// <summary>Decisions that are published (国办发〔2018〕118号; 双公示 of licences and penalties): a
    /// decision that imposes or grants something; a case dropped or sent on is not.</summary>
    public static bool IsPublished(CaseOutcome o) => o is CaseOutcome.Penalised or CaseOutcome.Granted
        or CaseOutcome.Refused or CaseOutcome.CoercionTaken or CaseOutcome.RectificationOrdered
        or CaseOutcome.Compliant or CaseOutcome.CaseOpened;

    /// <summary>第58条第1款: a ground of 项 1, 3 or 4, or a hearing held (项 2), puts the decision behind
    /// 法制审核.</summary>
    public static bool ReviewRequired(EnforcementCase c) => c.ReviewGround is not null || c.HearingHeldOn is not null;

    public static bool ReviewPassed(EnforcementCase c) => c.LegalReviewPassed == true;

    public static IEnumerable<CaseHandler> Active(EnforcementCase c) => c.Handlers.Where(h => h.RecusedOn is null);

    static void ValidateRegistration(EnforcementCase c, EnforcementPower? power,
        IReadOnlyList<EnforcementOfficer> handlers, DateOnly today)
    {
        c.Number = c.Number.Trim();
        c.PartyName = c.PartyName.Trim();
        c.PartyCode = string.IsNullOrWhiteSpace(c.PartyCode) ? null : c.PartyCode.Trim().ToUpperInvariant();
        c.Facts = c.Facts.Trim();
        c.Evidence = c.Evidence.Trim();
        if (c.Number.Length is 0 or > 60) throw new DomainException(nameof(c.Number),
            "请填写案号（60字以内）");
        if (power is null) throw new DomainException(nameof(c.PowerId), "请从权责清单中选择执法事项");
        if (!CaseLabels.Kinds.Contains(power.Kind))
            throw new DomainException(nameof(c.PowerId), $"“{power.Name}”属于{CaseLabels.Kind(power.Kind)}，" +
                "不按执法案件办理");
        c.UnitId = power.UnitId;
        c.Kind = power.Kind;
        if (!Enum.IsDefined(c.PartyKind)) throw new DomainException(nameof(c.PartyKind), "请选择当事人类型");
        if (c.PartyName.Length is 0 or > 200)
            throw new DomainException(nameof(c.PartyName), "请填写当事人姓名或名称（200字以内）");
        if (c.PartyKind == PartyKind.Organisation)
        {
            if (c.PartyCode is null)
                throw new DomainException(nameof(c.PartyCode), "请填写当事人的统一社会信用代码");
            if (NationalCodes.CreditCodeError(c.PartyCode) is { } e) throw new DomainException(nameof(c.PartyCode), e);
        }
        else if (c.PartyCode is { } id && NationalCodes.IdCardError(id) is { } e)
            throw new DomainException(nameof(c.PartyCode), e);
        if (c.Facts.Length == 0) throw new DomainException(nameof(c.Facts), "请填写案件事实");
        if (c.FiledOn > today) throw new DomainException(nameof(c.FiledOn), "立案日期不能晚于今天");
        if (c.ReviewGround is { } g && !Enum.IsDefined(g))
            throw new DomainException(nameof(c.ReviewGround), "请选择法制审核情形");
        EnsureHandlers(c.Kind, handlers, c.UnitId, c.FiledOn, "HandlerIds");
    }

    /// <summary>Validates a registration and assigns its officers from the day of filing.</summary>
    public static void Register(EnforcementCase c, EnforcementPower? power, IReadOnlyList<EnforcementOfficer> team,
        DateOnly today)
    {
        ValidateRegistration(c, power, team, today);
        c.Handlers = team.Select(o => new CaseHandler { OfficerId = o.Id, Officer = o, AssignedOn = c.FiledOn })
            .ToList();
    }

    /// <summary>Only officers of the agency holding a valid certificate on the day may act (第42条).</summary>
    static void EnsureHandlers(PowerKind kind, IReadOnlyList<EnforcementOfficer> officers, int unitId, DateOnly on,
        string field)
    {
        var min = MinHandlers(kind);
        if (officers.Select(o => o.Id).Distinct().Count() < min)
            throw new DomainException(field, min == 2
                ? "执法人员不得少于两人（行政处罚法第42条），请选择两名以上执法人员"
                : "请选择承办人员");
        if (officers.FirstOrDefault(o => o.UnitId != unitId) is { } other)
            throw new DomainException(field, $"{other.Name}不是本单位的执法人员");
        if (officers.FirstOrDefault(o => !OfficerRules.IsCertifiedOn(o, on)) is { } uncertified)
            throw new DomainException(field, $"{uncertified.Name}在{on:yyyy-MM-dd}没有有效的执法证" +
                $"（{OfficerRules.StatusLabels[uncertified.Status]}，有效期至" +
                $"{uncertified.CertificateValidUntil:yyyy-MM-dd}），不能承办案件");
    }

    static void EnsureOpen(EnforcementCase c, string field)
    {
        if (c.DecidedOn is not null)
            throw new DomainException(field,
                $"已于{c.DecidedOn:yyyy-MM-dd}作出决定，不能再登记决定前的事项");
    }

    static void NotBefore(DateOnly on, DateOnly? earlier, string what, string field)
    {
        if (earlier is { } e && on < e) throw new DomainException(field,
            $"日期不能早于{what}（{e:yyyy-MM-dd}）");
    }

    /// <summary>第44条: the party is told of the intended penalty, its facts, reasons and basis, and of the rights to
    /// 陈述、申辩 and, in the cases of 第63条, to a hearing.</summary>
    public static void Notify(EnforcementCase c, DateOnly on, bool hearing)
    {
        EnsureOpen(c, "On");
        if (c.Kind != PowerKind.Penalty) throw new DomainException("On",
            "只有行政处罚案件需要告知拟处罚内容");
        if (c.NotifiedOn is not null) throw new DomainException("On", $"已于{c.NotifiedOn:yyyy-MM-dd}告知");
        NotBefore(on, c.FiledOn, "立案日期", "On");
        c.NotifiedOn = on;
        c.HearingNotified = hearing;
    }

    public static void RequestHearing(EnforcementCase c, DateOnly on)
    {
        EnsureOpen(c, "On");
        if (!c.HearingNotified) throw new DomainException("On",
            "未告知听证权利的案件不能登记听证申请");
        if (c.HearingRequestedOn is not null) throw new DomainException("On", "已登记听证申请");
        NotBefore(on, c.NotifiedOn, "告知日期", "On");
        c.HearingRequestedOn = on;
    }

    public static void HoldHearing(EnforcementCase c, DateOnly on)
    {
        EnsureOpen(c, "On");
        if (c.HearingRequestedOn is not { } requested) throw new DomainException("On", "当事人未要求听证");
        if (c.HearingHeldOn is not null) throw new DomainException("On", "已登记举行听证");
        // 第64条第2项: the party is told of the hearing's time and place seven days before it.
        if (on < requested.AddDays(7))
            throw new DomainException("On",
                $"应当在举行听证的七日前通知当事人，听证日期不能早于" +
                $"{requested.AddDays(7):yyyy-MM-dd}（第64条第2项）");
        c.HearingHeldOn = on;
    }

    /// <summary>第43条: an officer steps aside, of their own motion or on the party's application, by the head's
    /// decision; investigation goes on. Below the minimum the replacement is named in the same step.</summary>
    public static CaseHandler Recuse(EnforcementCase c, int handlerId, RecusalApplicant applicant, string reason,
        string decidedBy, DateOnly on, EnforcementOfficer? replacement)
    {
        EnsureOpen(c, "HandlerId");
        var h = Active(c).FirstOrDefault(h => h.Id == handlerId)
                ?? throw new DomainException("HandlerId", "请选择需要回避的在办执法人员");
        if (!Enum.IsDefined(applicant)) throw new DomainException("Applicant", "请选择回避的提出方式");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Reason", "请填写回避理由");
        if (string.IsNullOrWhiteSpace(decidedBy))
            throw new DomainException("DecidedBy",
                "请填写作出回避决定的行政机关负责人（第43条第3款）");
        NotBefore(on, c.FiledOn, "立案日期", "On");
        var remaining = Active(c).Where(x => x.Id != handlerId).ToList();
        if (replacement is not null)
        {
            if (c.Handlers.Any(x => x.OfficerId == replacement.Id))
                throw new DomainException("ReplacementId", $"{replacement.Name}已经是或曾是本案执法人员");
            EnsureHandlers(PowerKind.Licensing, [replacement], c.UnitId, on, "ReplacementId");
        }
        if (remaining.Count + (replacement is null ? 0 : 1) < MinHandlers(c.Kind))
            throw new DomainException("ReplacementId",
                "回避后执法人员不足两人，请同时指定接替的执法人员（第42条）");
        h.RecusedOn = on;
        h.RecusalApplicant = applicant;
        h.RecusalReason = reason.Trim();
        h.RecusalDecidedBy = decidedBy.Trim();
        if (replacement is not null)
            c.Handlers.Add(new CaseHandler { OfficerId = replacement.Id, Officer = replacement, AssignedOn = on });
        return h;
    }

    /// <summary>第58条: 法制审核 by the agency's reviewer; a failed review may be followed by another after the
    /// case is put right.</summary>
    public static void LegalReview(EnforcementCase c, DateOnly on, string reviewer, bool passed, string? opinion)
    {
        EnsureOpen(c, "On");
        if (string.IsNullOrWhiteSpace(reviewer))
            throw new DomainException("Reviewer", "请填写法制审核人员");
        if (!passed && string.IsNullOrWhiteSpace(opinion))
            throw new DomainException("Opinion", "审核未通过的，请填写审核意见");
        NotBefore(on, c.HearingHeldOn ?? c.FiledOn, c.HearingHeldOn is null ? "立案日期" : "听证日期", "On");
        if (c.LegalReviewedOn is { } before && on < before)
            throw new DomainException("On", $"日期不能早于上次审核（{before:yyyy-MM-dd}）");
        c.LegalReviewedOn = on;
        c.LegalReviewer = reviewer.Trim();
        c.LegalReviewPassed = passed;
        c.LegalReviewOpinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
    }

    /// <summary>The decision (第57条, or the licence, measure or inspection result). Refused when 法制审核 is
    /// required and missing or failed (第58条), the party was not told (第62条), a hearing asked for has not
    /// been held or the time to ask is still running (第63、64条), or fewer than the minimum certified officers
    /// remain (第42条). A fine outside its 裁量基准 band is recorded with a warning, which is returned.</summary>
    public static string? Decide(EnforcementCase c, DecisionRequest r, IReadOnlyList<PowerStandard> standards,
        DateOnly? hearingWindowEnds, IReadOnlyList<EnforcementOfficer> activeOfficers)
    {
        EnsureOpen(c, "DecidedOn");
        if (!OutcomesFor(c.Kind).Contains(r.Outcome))
            throw new DomainException("Outcome", $"{CaseLabels.Kind(c.Kind)}案件不能作出“" +
                $"{(CaseLabels.Outcome.TryGetValue(r.Outcome, out var o) ? o : r.Outcome.ToString())}”的决定");
        NotBefore(r.DecidedOn, c.FiledOn, "立案日期", "DecidedOn");
        if (ReviewRequired(c) && !ReviewPassed(c))
            throw new DomainException("DecidedOn", c.LegalReviewedOn is null
                ? "本案应当进行法制审核，未经法制审核不得作出决定（行政处罚法第58条）"
                : "本案法制审核未通过，不得作出决定（行政处罚法第58条）");
        NotBefore(r.DecidedOn, c.LegalReviewedOn, "法制审核日期", "DecidedOn");
        var penalised = r.Outcome == CaseOutcome.Penalised;
        if (penalised && c.NotifiedOn is null)
            throw new DomainException("DecidedOn",
                "作出行政处罚决定前，应当告知当事人拟作出的处罚内容及陈述、申辩、" +
                    "听证等权利" +
                "（第44、62条）");
        NotBefore(r.DecidedOn, c.NotifiedOn, "告知日期", "DecidedOn");
        if (penalised && c.HearingRequestedOn is not null && c.HearingHeldOn is null)
            throw new DomainException("DecidedOn",
                "当事人要求听证的，应当组织听证后再作出决定（第63条）");
        if (penalised && c.HearingRequestedOn is null && hearingWindowEnds is { } ends && r.DecidedOn <= ends)
            throw new DomainException("DecidedOn",
                $"当事人可在{ends:yyyy-MM-dd}前要求听证，" +
                    $"期限届满前不能作出处罚决定（第64条第1项）");
        EnsureHandlers(c.Kind, activeOfficers, c.UnitId, r.DecidedOn, "DecidedOn");
        var sorts = (r.Sorts ?? []).Aggregate(default(PenaltySort), (all, s) => all | s);
        if (penalised != (sorts != 0))
            throw new DomainException("Sorts", penalised ? "请选择处罚种类（第9条）"
                : "未给予处罚的，不选择处罚种类");
        var fined = sorts.HasFlag(PenaltySort.Fine);
        if (fined ? r.Amount is not > 0 : r.Amount is not null)
            throw new DomainException("Amount", fined ? "请填写罚款金额（元）"
                : "未处罚款的，不填写罚款金额");
        ApplyStandard(c, r, standards, fined);
        CoercionRules.ApplyMeasure(c, r.Outcome, r.Measure);
        c.DecidedOn = r.DecidedOn;
        c.Outcome = r.Outcome;
        c.Sorts = sorts;
        c.Amount = r.Amount;
        c.Status = CaseStatus.Decided;
        return BandWarning(c);
    }

    /// <summary>A fine under a power with 裁量基准 names its band; an exemption under a power with a 不予处罚
    /// list names its item. A fine outside the band's range is a warning, not a refusal: the agency may depart from
    /// its benchmark with reasons.</summary>
    static void ApplyStandard(EnforcementCase c, DecisionRequest r, IReadOnlyList<PowerStandard> standards,
        bool fined)
    {
        var wanted = fined ? StandardKind.Band
            : r.Outcome is CaseOutcome.NotPenalisedMinor or CaseOutcome.NotPenalisedFirstOffence
                ? StandardKind.Exemption : (StandardKind?)null;
        var chosen = r.StandardId is { } id ? standards.FirstOrDefault(s => s.Id == id)
            ?? throw new DomainException("StandardId", "所选裁量基准不属于本事项") : null;
        if (wanted is null && chosen is not null)
            throw new DomainException("StandardId", "该决定不适用裁量基准或不予处罚清单");
        if (wanted is { } kind && chosen is null && standards.Any(s => s.Kind == kind))
            throw new DomainException("StandardId", kind == StandardKind.Band
                ? "本事项有裁量基准，请选择适用的情节"
                : "本事项有不予处罚清单，请选择适用的情形（第33条）");
        if (chosen is not null && chosen.Kind != wanted)
            throw new DomainException("StandardId", $"请选择{CaseLabels.StandardKinds[wanted!.Value]}中的一项");
        c.StandardId = chosen?.Id;
        c.Standard = chosen;
        c.OutsideBand = chosen is { Kind: StandardKind.Band } band
                        && (r.Amount < band.MinAmount || r.Amount > band.MaxAmount);
    }

    /// <summary>The warning a fine outside its band carries wherever the case is shown.</summary>
    public static string? BandWarning(EnforcementCase c) => c is { OutsideBand: true, Standard: { } band }
        ? $"罚款{c.Amount:0.##}元超出所选裁量基准“{band.Circumstance}”（{BandText(band)}），" +
          "应当在决定书中说明理由"
        : null;

    public static string BandText(PowerStandard s) => (s.MinAmount, s.MaxAmount) switch
    {
        ({ } min, { } max) => $"{min:0.##}–{max:0.##}元",
        ({ } min, null) => $"{min:0.##}元以上",
        (null, { } max) => $"{max:0.##}元以下",
        _ => "",
    };

    static void EnsureDecided(EnforcementCase c, string field)
    {
        if (c.DecidedOn is null) throw new DomainException(field, "请先登记决定");
        if (c.Status == CaseStatus.Closed) throw new DomainException(field,
            $"案件已于{c.ClosedOn:yyyy-MM-dd}结案");
    }

    /// <summary>第61条: handed over on announcement, or served within seven working days when the party was
    /// absent.</summary>
    public static void Deliver(EnforcementCase c, DateOnly on, bool onSpot)
    {
        EnsureDecided(c, "On");
        if (c.DeliveredOn is not null) throw new DomainException("On", "已登记送达");
        NotBefore(on, c.DecidedOn, "决定日期", "On");
        if (onSpot && on != c.DecidedOn)
            throw new DomainException("On", "当场交付的，送达日期应为决定宣告之日");
        c.DeliveredOn = on;
        c.DeliveredOnSpot = onSpot;
    }

    public static void Publish(EnforcementCase c, DateOnly on, string? url)
    {
        EnsureDecided(c, "On");
        if (c.PublicityDue is null) throw new DomainException("On", "该决定不属于应当公开的执法决定");
        if (c.PublishedOn is not null) throw new DomainException("On", "已登记公开");
        NotBefore(on, c.DecidedOn, "决定日期", "On");
        c.PublicationUrl = PublicationUrl(url);
        c.PublishedOn = on;
    }

    /// <summary>Where a publication can be read: a full address, or none.</summary>
    public static string? PublicationUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var address = url.Trim();
        // Shown as a link: only a web address, never javascript: or file: that a click would run or open.
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new DomainException("Url", "公开网址应为完整网址，例如 https://www.example.gov.cn/…");
        if (address.Length > 500) throw new DomainException("Url", "公开网址应在500字符以内");
        return address;
    }

    public static void Execute(EnforcementCase c, DateOnly on)
    {
        EnsureDecided(c, "On");
        if (c.ExecutedOn is not null) throw new DomainException("On", "已登记执行");
        NotBefore(on, c.DeliveredOn ?? c.DecidedOn, c.DeliveredOn is null ? "决定日期" : "送达日期", "On");
        c.ExecutedOn = on;
    }

    /// <summary>第48条第2款: a published decision varied, annulled or found unlawful or void is withdrawn
    /// within three (working) days with the reasons.</summary>
    public static void Overturn(EnforcementCase c, DateOnly on)
    {
        if (c.DecidedOn is null) throw new DomainException("On", "请先登记决定");
        if (c.OverturnedOn is not null) throw new DomainException("On", "已登记决定被变更或撤销");
        NotBefore(on, c.DecidedOn, "决定日期", "On");
        c.OverturnedOn = on;
    }

    public static void Withdraw(EnforcementCase c, DateOnly on)
    {
        if (c.OverturnedOn is null || c.PublishedOn is null)
            throw new DomainException("On", "只有已公开且被变更、撤销的决定需要撤回公开");
        if (c.WithdrawnOn is not null) throw new DomainException("On", "已登记撤回公开");
        NotBefore(on, c.OverturnedOn, "决定被变更或撤销的日期", "On");
        c.WithdrawnOn = on;
    }

    public static void Close(EnforcementCase c, DateOnly on)
    {
        EnsureDecided(c, "On");
        if (c.DeliveredOn is null) throw new DomainException("On", "决定书送达后方可结案");
        if (CoercionRules.AwaitsDisposal(c))
            throw new DomainException("On",
                "查封、扣押或者冻结尚未作出处理决定，不能结案（行政强制法第27、32条）");
        if (c.PublicityDue is not null && c.PublishedOn is null)
            throw new DomainException("On", "应当公开的决定尚未公开，不能结案");
        NotBefore(on, c.ExecutedOn ?? c.DeliveredOn, "执行或送达日期", "On");
        c.ClosedOn = on;
        c.Status = CaseStatus.Closed;
    }
}
