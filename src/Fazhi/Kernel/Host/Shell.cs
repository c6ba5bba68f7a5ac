using Microsoft.AspNetCore.Authorization;
using Fazhi.Kernel.Modules;

namespace Fazhi.Kernel.Host;

/// <summary>The sidebar and breadcrumb of one request: the features' navigation entries the user may open, the entry
/// the current path falls under, and the trail to it.</summary>
public sealed class Shell(IAuthorizationService authorization)
{
    public sealed record Group(string Title, IReadOnlyList<NavItem> Items);

    public sealed record Crumb(string Title, string? Url);

    public IReadOnlyList<Group> Groups { get; private set; } = [];
    public NavItem? Active { get; private set; }

    public async Task LoadAsync(System.Security.Claims.ClaimsPrincipal user, string path)
    {
        var groups = new List<Group>();
        foreach (var group in FeatureCatalog.Navigation)
        {
            var visible = new List<NavItem>();
            foreach (var item in group)
                if (item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
                    visible.Add(item);
            if (visible.Count > 0) groups.Add(new Group(group.Key.Title, visible));
        }
        Groups = groups;
        // The longest entry URL that prefixes the path: /reconsideration/12 falls under 行政复议, / only matches
        // itself.
        Active = groups.SelectMany(g => g.Items)
            .Where(i => i.Url == "/" ? path == "/" : path == i.Url || path.StartsWith(i.Url + "/"))
            .MaxBy(i => i.Url.Length);
    }

    /// <summary>首页 › group › entry › this page (the page's own title when it is not the entry
    /// itself).</summary>
    public IReadOnlyList<Crumb> Breadcrumb(string? pageTitle)
    {
        var trail = new List<Crumb> { new("首页", "/") };
        if (Active?.Url == "/") return trail;
        if (Active is null) return pageTitle is null ? trail : [.. trail, new(pageTitle, null)];
        if (Active.Group.Title.Length > 0) trail.Add(new(Active.Group.Title, null));
        trail.Add(new(Active.Title, Active.Url));
        if (pageTitle is not null && pageTitle != Active.Title) trail.Add(new(pageTitle, null));
        return trail;
    }
}
