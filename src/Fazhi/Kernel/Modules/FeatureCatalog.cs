using System.Reflection;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Kernel.Modules;

/// <summary>The features of the application, found by reflection over its assembly: every concrete IFeature with a
/// parameterless constructor. The kernel knows features only through this list.</summary>
public static class FeatureCatalog
{
    static readonly Lazy<IReadOnlyList<IFeature>> Found = new(() => Discover(typeof(FeatureCatalog).Assembly));

    public static IReadOnlyList<IFeature> All => Found.Value;

    public static IReadOnlyList<IFeature> Discover(Assembly assembly)
    {
        var features = assembly.GetTypes()
            .Where(t => typeof(IFeature).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IFeature)Activator.CreateInstance(t)!)
            .OrderBy(f => f.Order).ThenBy(f => f.Area, StringComparer.Ordinal)
            .ToList();
        var duplicate = features.GroupBy(f => f.Area).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"两个功能模块使用了同一标识“{duplicate.Key}”");
        return features;
    }

    public static IEnumerable<DeadlineRule> DeadlineRules => All.SelectMany(f => f.DeadlineRules);

    public static IEnumerable<Permission> Permissions => All.SelectMany(f => f.Permissions);

    public static IEnumerable<Scheduling.ScheduledJob> Jobs => All.SelectMany(f => f.Jobs);

    /// <summary>Sidebar entries grouped as the sidebar shows them: groups in their order, entries in theirs.</summary>
    public static IReadOnlyList<IGrouping<NavGroup, NavItem>> Navigation =>
        All.SelectMany(f => f.Navigation).OrderBy(n => n.Group.Order).ThenBy(n => n.Order)
            .GroupBy(n => n.Group).ToList();
}
