using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Kernel.Modules;

/// <summary>A capability (one folder under Features/): everything it adds to the application, declared in one class
/// that <see cref="FeatureCatalog"/> finds at start-up. Every member has a default, so a feature states only what it
/// contributes; no shared file changes when a capability is added.</summary>
public interface IFeature
{
    /// <summary>Stable key prefix of the feature's figures, deadline rules and permissions
    /// ("reconsideration").</summary>
    string Area { get; }

    /// <summary>Its name in the UI (行政复议).</summary>
    string Title { get; }

    /// <summary>Where it stands among features: its figures, its demo records and its verbs follow this
    /// order.</summary>
    int Order => 100;

    /// <summary>Services: its own service classes, figure source (IFigureSource), due-list source
    /// (IDueSource).</summary>
    void AddServices(IServiceCollection services, IConfiguration config) { }

    /// <summary>Its entity configurations, and which unit owns each record (the kernel builds the scope
    /// filter).</summary>
    void BuildModel(ModelBuilder model, ScopeFilters scope) { }

    /// <summary>Its JSON endpoints, mapped under /api (one route group per feature by convention).</summary>
    void MapApi(IEndpointRouteBuilder api) { }

    IEnumerable<DeadlineRule> DeadlineRules => [];

    IEnumerable<NavItem> Navigation => [];

    IEnumerable<Permission> Permissions => [];

    IEnumerable<CliVerb> Verbs => [];

    /// <summary>Recurring work the web application's scheduler runs (Kernel/Scheduling).</summary>
    IEnumerable<Scheduling.ScheduledJob> Jobs => [];

    /// <summary>Adds its records to the demo county; returns a phrase for the summary ("120件行政复议案件"), or
    /// null.</summary>
    Task<string?> AddDemoAsync(DemoWorld world) => Task.FromResult<string?>(null);
}
