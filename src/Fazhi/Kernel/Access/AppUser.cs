using Microsoft.AspNetCore.Identity;

namespace Fazhi.Kernel.Access;

public class AppUser : IdentityUser, Audit.IAudited
{
    public int Version { get; set; }
    public string DisplayName { get; set; } = "";
    public int UnitId { get; set; }
}

/// <summary>数据权限 of a role, as Chinese admin systems define it; a user's scopes are OR-ed across
/// roles.</summary>
public enum DataScopeKind { All = 1, CustomUnits = 2, OwnUnit = 3, OwnUnitAndBelow = 4, OnlySelf = 5 }

public class AppRole : IdentityRole, Audit.IAudited
{
    public int Version { get; set; }
    public string Label { get; set; } = "";
    public DataScopeKind Scope { get; set; }
    /// <summary>For 指定单位: comma-separated unit ids.</summary>
    public string? CustomUnitIds { get; set; }

    public static string ScopeLabel(DataScopeKind k) => k switch
    {
        DataScopeKind.All => "全部",
        DataScopeKind.CustomUnits => "指定单位",
        DataScopeKind.OwnUnit => "本单位",
        DataScopeKind.OwnUnitAndBelow => "本单位及以下",
        _ => "仅本人",
    };
}

/// <summary>The roles every installation starts with.</summary>
public static class Roles
{
    public const string Administrator = "admin";
    public const string Coordinator = "coordinator";
    public const string Clerk = "clerk";
    public const string Reviewer = "reviewer";
    public const string Viewer = "viewer";

    public static readonly (string Name, string Label, DataScopeKind Scope)[] Builtin =
    [
        (Administrator, "系统管理员", DataScopeKind.All),
        (Coordinator, "依法治办/司法局工作人员", DataScopeKind.OwnUnitAndBelow),
        (Clerk, "部门经办人", DataScopeKind.OwnUnit),
        (Reviewer, "审核人", DataScopeKind.OwnUnitAndBelow),
        (Viewer, "只读查看", DataScopeKind.OwnUnit),
    ];

    /// <summary>Roles that may change records (within their scope).</summary>
    public static readonly string[] Writers = [Administrator, Coordinator, Clerk];
}

public class LoginRecord
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public bool Succeeded { get; set; }
    public string Detail { get; set; } = "";
    public string? RemoteIp { get; set; }
}
