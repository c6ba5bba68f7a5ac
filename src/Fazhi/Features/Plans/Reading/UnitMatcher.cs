using Fazhi.Kernel.Units;

namespace Fazhi.Features.Plans.Reading;

/// <summary>How one name of a plan met the unit tree: one unit, several that it may mean, a group of units
/// (各乡(镇)人民政府), a description naming none (有关部门), or nothing.</summary>
public sealed record UnitMatch(string Name, NameMatchKind Kind, IReadOnlyList<Unit> Units);

public enum NameMatchKind { Matched = 1, Unsure = 2, Unmatched = 3, Group = 4, General = 5 }

/// <summary>Matches the names a plan gives its units (县司法局, 司法局, 县人民政府司法局, 县发改委) to the units below the
/// plan's government. A name is matched only when one unit has it after the usual short forms are spelled out;
/// a name that several units, or only part of one, could carry is unsure and goes to a person.</summary>
public sealed class UnitMatcher
{
    readonly Unit _government;
    readonly List<(Unit Unit, string Key)> _units;
    readonly string[] _places;

    public UnitMatcher(Unit government, IReadOnlyList<Unit> below)
    {
        _government = government;
        // The government's own place ("清河县" of 清河县人民政府; "云岭市清河县" too) is dropped from both sides.
        var place = government.Name.Replace("人民政府", "");
        _places = [place, .. below.Select(u => u.Name).Where(n => n.EndsWith("人民政府") && n != government.Name)
            .Select(n => n.Replace("人民政府", "")).Where(p => p.Length > 0 && p.EndsWith(place) && p != place)];
        _units = [.. below.Where(u => u.Id != government.Id).SelectMany(u => KeysOf(u).Select(k => (u, k)))];
    }

    public UnitMatch Match(string name)
    {
        var clean = string.Concat(name.Where(c => !char.IsWhiteSpace(c))).Replace('（', '(').Replace('）', ')');
        if (IsTownships(clean)) return new(name, NameMatchKind.Group, Of(UnitKind.Township));
        if (IsDepartments(clean)) return new(name, NameMatchKind.Group, Of(UnitKind.Department));
        if (IsGeneral(clean)) return new(name, NameMatchKind.General, []);
        var key = Key(clean);
        if (key is "人民政府" or "") return new(name, NameMatchKind.Matched, [_government]);
        var exact = _units.Where(u => u.Key == key).Select(u => u.Unit).Distinct().ToList();
        if (exact.Count == 1) return new(name, NameMatchKind.Matched, exact);
        if (exact.Count > 1) return new(name, NameMatchKind.Unsure, exact);
        var near = _units.Select(u => (u.Unit, Score: Similarity(key, u.Key))).Where(u => u.Score >= 0.5)
            .GroupBy(u => u.Unit).Select(g => (Unit: g.Key, Score: g.Max(u => u.Score)))
            .OrderByDescending(u => u.Score).Take(3).Select(u => u.Unit).ToList();
        return new(name, near.Count > 0 ? NameMatchKind.Unsure : NameMatchKind.Unmatched, near);
    }

    List<Unit> Of(UnitKind kind) => [.. _units.Select(u => u.Unit).Where(u => u.Kind == kind).Distinct()];

    IEnumerable<string> KeysOf(Unit unit)
    {
        var key = Key(unit.Name);
        yield return key;
        if (unit.Kind == UnitKind.Township && key.EndsWith("人民政府")) yield return key[..^4];
    }

    /// <summary>The name without its place and level, its short forms spelled out: 县发改委 → 发展和改革局.</summary>
    string Key(string name)
    {
        var place = _places.OrderByDescending(p => p.Length)
            .FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        // Without its place a name starts with its level (县司法局), unless it is a word that starts so (市场…).
        if (place is not null) name = name[place.Length..];
        else if (name.Length > 2 && name[0] is '县' or '市' or '区' && name[1] != '委' && !name.StartsWith("市场"))
            name = name[1..];
        foreach (var (shortForm, full) in ShortForms)
            if (name == shortForm
                || name.EndsWith(shortForm, StringComparison.Ordinal) && name.Length > shortForm.Length
                && name[..^shortForm.Length] is "人民政府" or "政府")
                return full;
        foreach (var prefix in (string[])["人民政府", "政府"])
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length + 1
                && name[prefix.Length..] != "办公室")
                return Key(name[prefix.Length..]);
        return name;
    }

    static readonly (string Short, string Full)[] ShortForms =
    [
        ("政府办公室", "人民政府办公室"), ("政府办", "人民政府办公室"), ("发改委", "发展和改革局"),
        ("发改局", "发展和改革局"), ("发展改革局", "发展和改革局"), ("发展和改革委员会", "发展和改革局"),
        ("市场监管局", "市场监督管理局"), ("人社局", "人力资源和社会保障局"), ("住建局", "住房和城乡建设局"),
        ("交通局", "交通运输局"), ("卫健局", "卫生健康局"), ("卫健委", "卫生健康局"),
        ("卫生健康委员会", "卫生健康局"), ("应急局", "应急管理局"), ("文旅局", "文化和旅游局"),
        ("医保局", "医疗保障局"), ("退役军人局", "退役军人事务局"), ("审批局", "行政审批服务管理局"),
        ("行政审批局", "行政审批服务管理局"), ("工信局", "工业和信息化局"), ("农业局", "农业农村局"),
        ("法院", "人民法院"), ("检察院", "人民检察院"),
        ("环保局", "生态环境局"), ("执法局", "综合行政执法局"), ("综合执法局", "综合行政执法局"),
    ];

    static bool IsTownships(string name) => name.StartsWith('各') && (name.Contains("乡") || name.Contains("镇")
        || name.Contains("街道"));

    static bool IsDepartments(string name) => !name.Contains("有关") && (name.EndsWith("各部门")
        || name.EndsWith("各委、局、办") || name.EndsWith("直各单位"));

    static bool IsGeneral(string name) => name.Contains("有关部门") || name.Contains("有关单位")
        || name.Contains("相关部门") || name.Contains("相关单位") || name.EndsWith("各部门");

    /// <summary>Containment of one key in the other (规划和自然资源局, 自然资源局), else the characters shared
    /// (Dice): 水务局 and 水利局 share two of three, which is enough to ask, not to decide.</summary>
    static double Similarity(string a, string b)
    {
        if (a.Length >= 2 && b.Length >= 2 && (a.Contains(b) || b.Contains(a))) return 0.8;
        var x = a.ToHashSet();
        var y = b.ToHashSet();
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }
}
