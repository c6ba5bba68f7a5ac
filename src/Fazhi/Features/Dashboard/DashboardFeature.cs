using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Dashboard;

/// <summary>工作台: the due list every feature contributes to (IDueSource).</summary>
public sealed class DashboardFeature : IFeature
{
    public string Area => "dashboard";
    public string Title => "工作台";

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Home, Title, "/", "ti-layout-dashboard", 0)];
}
