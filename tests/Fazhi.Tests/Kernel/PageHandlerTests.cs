using System.Net;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Enforcement.Inspections;

namespace Fazhi.Tests.Kernel;

/// <summary>A form posted to a handler the page lacks is the sender's error (400, saying so), not a page rendered
/// without its records (500); the page's own forms still work.</summary>
public class PageHandlerTests
{
    [Theory, BothStores]
    public async Task A_post_to_a_handler_the_page_lacks_is_a_400_that_names_it(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var client = await app.LoginAsync("scj");
        var plan = await app.QueryAsync(db => db.InspectionPlans.IgnoreQueryFilters()
            .Where(p => p.Unit!.Name == "清河县市场监督管理局" && p.DrawnOn == null).Select(p => p.Id).FirstAsync());
        var url = $"/enforcement/inspections/{plan}";

        var unknown = await TestApp.PostFormAsync(client, url, [], "Foo");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("该页面没有“Foo”操作", await unknown.Content.ReadAsStringAsync());
        var unnamed = await TestApp.PostFormAsync(client, url, []);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("不指明操作", await unnamed.Content.ReadAsStringAsync());

        var version = await app.QueryAsync(db => db.InspectionPlans.IgnoreQueryFilters().Where(p => p.Id == plan)
            .Select(p => p.Version).SingleAsync());
        var drawn = await TestApp.PostFormAsync(client, url, [new("Version", version.ToString())], "Draw");
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
        Assert.NotNull(await app.QueryAsync(db => db.InspectionPlans.IgnoreQueryFilters().Where(p => p.Id == plan)
            .Select(p => p.DrawnOn).SingleAsync()));
    }
}
