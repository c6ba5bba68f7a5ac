using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Modules;

namespace Fazhi.Tests.Architecture;

/// <summary>The shape that lets a capability be added in one folder: the kernel never names a feature, and every
/// feature's contributions carry its own key, so two features cannot collide.</summary>
public partial class ModuleContractTests
{
    static readonly System.Reflection.Assembly App = typeof(FeatureCatalog).Assembly;

    static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fazhi.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("找不到 Fazhi.slnx"), "src", "Fazhi");
    }

    [Fact]
    public void The_kernel_names_no_feature_type_in_its_source()
    {
        var featureTypes = App.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Fazhi.Features", StringComparison.Ordinal) == true && !t.IsNested)
            .Select(t => t.Name.Split('`')[0]).Where(n => !n.StartsWith('<')).ToHashSet();
        Assert.Contains("ReconsiderationCase", featureTypes); // the scan looks at real feature types
        var offences = new List<string>();
        foreach (var file in
                 Directory.EnumerateFiles(Path.Combine(SourceRoot(), "Kernel"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (text.Contains("Fazhi.Features")) offences.Add($"{Path.GetFileName(file)}: Fazhi.Features");
            offences.AddRange(Identifier().Matches(text).Select(m => m.Value).Where(featureTypes.Contains).Distinct()
                .Select(name => $"{Path.GetFileName(file)}: {name}"));
        }
        Assert.Empty(offences);
    }

    [Fact]
    public void No_kernel_type_exposes_a_feature_type_in_its_signatures()
    {
        static bool IsFeature(Type? t) => t is not null && (t.Namespace?.StartsWith("Fazhi.Features") == true
            || t.IsGenericType && t.GetGenericArguments().Any(IsFeature)
            || t.HasElementType && IsFeature(t.GetElementType()));
        var kernel = App.GetTypes().Where(t => t.Namespace?.StartsWith("Fazhi.Kernel") == true);
        var leaks = kernel.SelectMany(t => t.GetMembers(
                System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static
                | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => m switch
            {
                System.Reflection.FieldInfo f => IsFeature(f.FieldType),
                System.Reflection.PropertyInfo p => IsFeature(p.PropertyType),
                System.Reflection.MethodInfo mi =>
                    IsFeature(mi.ReturnType) || mi.GetParameters().Any(p => IsFeature(p.ParameterType)),
                _ => false,
            }).Select(m => $"{t.Name}.{m.Name}"))
            .Concat(kernel.Where(t => IsFeature(t.BaseType) || t.GetInterfaces().Any(IsFeature)).Select(t => t.Name));
        Assert.Empty(leaks);
    }

    [Fact]
    public void Every_feature_keys_its_rules_permissions_and_figures_with_its_own_area()
    {
        var features = FeatureCatalog.All;
        Assert.Contains(features, f => f.Area == "reconsideration");
        Assert.Contains(features, f => f.Area == "litigation");
        Assert.Equal(features.Count, features.Select(f => f.Area).Distinct().Count());
        foreach (var f in features)
        {
            Assert.All(f.DeadlineRules, r => Assert.StartsWith(f.Area + ".", r.Key));
            Assert.All(f.Permissions, p => Assert.StartsWith(f.Area + ".", p.Policy));
            Assert.All(f.Navigation, n => Assert.False(string.IsNullOrWhiteSpace(n.Title)));
        }
        var urls = features.SelectMany(f => f.Navigation).Select(n => n.Url).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public void Each_figure_source_belongs_to_a_feature_and_each_feature_class_sits_in_its_own_folder()
    {
        var services = new ServiceCollection();
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        foreach (var f in FeatureCatalog.All) f.AddServices(services, config);
        var sources = services.Where(s => s.ServiceType == typeof(IFigureSource))
            .Select(s => s.ImplementationType!).ToList();
        Assert.NotEmpty(sources);
        var folders = FeatureCatalog.All.Select(f => f.GetType().Namespace!).ToList();
        Assert.Equal(folders.Count, folders.Distinct().Count());
        // A source sits in its feature's folder or a folder inside it (Enforcement/Cases).
        Assert.All(sources, s => Assert.Contains(folders, f => s.Namespace == f || s.Namespace!.StartsWith(f + ".")));
        foreach (var feature in FeatureCatalog.All)
        {
            var folder = Path.Combine(
                SourceRoot(), "Features", feature.GetType().Namespace!["Fazhi.Features.".Length..]);
            Assert.True(Directory.Exists(folder), $"{feature.GetType().Name} 应位于 {folder}");
        }
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]+\b")]
    private static partial Regex Identifier();
}
