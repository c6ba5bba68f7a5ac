namespace Fazhi.Kernel.Units;

public enum UnitKind { Government = 1, Department = 2, Township = 3, Court = 4, Other = 9 }

/// <summary>A node of the unit tree. Path is the materialised path ("/1/5/12/") so a subtree is one prefix
/// query.</summary>
public class Unit : Audit.IAudited
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    /// <summary>6-digit 行政区划代码 (GB/T 2260), for governments and townships' counties.</summary>
    public string? DivisionCode { get; set; }
    /// <summary>18-character 统一社会信用代码 (GB 32100), for organs.</summary>
    public string? CreditCode { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public string Path { get; set; } = "/";
    public int SortOrder { get; set; }
    public int Version { get; set; }

    public int Depth => Path.Count(c => c == '/') - 1;

    public static string KindLabel(UnitKind kind) => kind switch
    {
        UnitKind.Government => "人民政府",
        UnitKind.Department => "部门",
        UnitKind.Township => "乡镇（街道）",
        UnitKind.Court => "人民法院",
        _ => "其他",
    };
}
