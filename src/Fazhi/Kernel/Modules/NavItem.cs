namespace Fazhi.Kernel.Modules;

/// <summary>A group of the sidebar. Features name one of these, so entries of different features share a
/// heading.</summary>
public sealed record NavGroup(string Title, int Order)
{
    public static readonly NavGroup Home = new("", 0);
    public static readonly NavGroup Casework = new("案件办理", 10);
    public static readonly NavGroup Advancing = new("推进落实", 15);
    public static readonly NavGroup Statistics = new("统计与报告", 20);
    public static readonly NavGroup Tools = new("工具", 30);
    public static readonly NavGroup System = new("系统管理", 40);
}

/// <summary>One sidebar entry. Policy: shown only to users the named authorization policy admits (null: everyone
/// signed in). Url is also the prefix that marks the entry active and starts the breadcrumb.</summary>
public sealed record NavItem(NavGroup Group, string Title, string Url, string Icon, int Order, string? Policy = null);
