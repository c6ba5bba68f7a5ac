using Fazhi.Kernel;
using Fazhi.Features.Enforcement.Cases;

namespace Fazhi.Features.Enforcement;

/// <summary>The kinds of power a 权责清单 lists, and what makes an item valid: a name, a kind and the law it rests
/// on.</summary>
public static class PowerRules
{
    public static readonly Dictionary<PowerKind, string> KindLabels = new()
    {
        [PowerKind.Penalty] = "行政处罚", [PowerKind.Licensing] = "行政许可",
        [PowerKind.Coercion] = "行政强制", [PowerKind.Inspection] = "行政检查",
        [PowerKind.Levy] = "行政征收", [PowerKind.Benefit] = "行政给付",
        [PowerKind.Confirmation] = "行政确认", [PowerKind.Adjudication] = "行政裁决",
        [PowerKind.Reward] = "行政奖励", [PowerKind.Other] = "其他行政权力",
    };

    /// <summary>"行政处罚" or the short form agencies' sheets use ("处罚").</summary>
    public static PowerKind? KindOf(string text) =>
        KindLabels.FirstOrDefault(kv => kv.Value == text || kv.Value == "行政" + text || kv.Value[2..] == text)
            is { Value: not null } match ? match.Key : null;

    public static void Validate(EnforcementPower p)
    {
        p.Name = p.Name.Trim();
        p.LegalBasis = p.LegalBasis.Trim();
        p.Code = string.IsNullOrWhiteSpace(p.Code) ? null : p.Code.Trim();
        if (p.Name.Length is 0 or > 200)
            throw new DomainException(nameof(p.Name), "请填写事项名称（200字以内）");
        if (!Enum.IsDefined(p.Kind)) throw new DomainException(nameof(p.Kind), "请选择权力类型");
        if (p.LegalBasis.Length is 0 or > 1000)
            throw new DomainException(nameof(p.LegalBasis), "请填写设定依据（法律法规名称及条款）");
        if (p.Code?.Length > 50) throw new DomainException(nameof(p.Code), "事项编码应在50字以内");
    }

    /// <summary>事前公示 (国办发〔2018〕118号: an agency publishes its powers, their basis and
    /// procedures before it exercises them): the items not yet published are published on the day at
    /// the address; those published before keep their day.</summary>
    public static int Publish(IReadOnlyList<EnforcementPower> items, DateOnly on, string? url, DateOnly today)
    {
        if (on > today) throw new DomainException("On", "公示日期不能晚于今天");
        var address = CaseRules.PublicationUrl(url)
            ?? throw new DomainException("Url", "请填写公示网址");
        var pending = items.Where(p => p.PublishedOn is null).ToList();
        if (pending.Count == 0)
            throw new DomainException("UnitId",
                "该单位的权责清单事项均已公示，没有待公示的事项");
        foreach (var p in pending) (p.PublishedOn, p.PublicationUrl) = (on, address);
        return pending.Count;
    }
}
