using Fazhi.Kernel;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>What makes a 裁量基准 band (第34条) or a 不予处罚 item (第33条) valid.</summary>
public static class StandardRules
{
    public static PowerStandard Validate(EnforcementPower power, StandardRequest r)
    {
        if (power.Kind != PowerKind.Penalty)
            throw new DomainException("Kind", "裁量基准和不予处罚清单只适用于行政处罚事项");
        if (!Enum.IsDefined(r.Kind)) throw new DomainException("Kind", "请选择类别");
        var circumstance = (r.Circumstance ?? "").Trim();
        if (circumstance.Length is 0 or > 300)
            throw new DomainException("Circumstance", "请填写情节或情形（300字以内）");
        if (r.Kind == StandardKind.Exemption && (r.MinAmount is not null || r.MaxAmount is not null))
            throw new DomainException("MinAmount", "不予处罚情形不填写罚款幅度");
        if (r.Kind == StandardKind.Band)
        {
            if (r.MinAmount is null && r.MaxAmount is null)
                throw new DomainException("MinAmount", "请填写罚款幅度（下限、上限至少一项）");
            if (r.MinAmount < 0 || r.MaxAmount < 0) throw new DomainException("MinAmount",
                "罚款幅度不能为负数");
            if (r.MinAmount > r.MaxAmount) throw new DomainException("MaxAmount", "上限不能低于下限");
        }
        return new PowerStandard
        {
            PowerId = power.Id, UnitId = power.UnitId, Kind = r.Kind, Circumstance = circumstance,
            MinAmount = r.MinAmount, MaxAmount = r.MaxAmount,
        };
    }
}
