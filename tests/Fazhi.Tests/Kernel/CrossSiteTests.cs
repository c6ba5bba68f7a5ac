using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Fazhi.Tests.Kernel;

/// <summary>Another site cannot make a signed-in browser write through the API: a cookie-borne write needs the
/// antiforgery token the app's own pages hand out; a personal token needs none.</summary>
public class CrossSiteTests
{
    static MultipartFormDataContent NotAWorkbook() =>
        new() { { new ByteArrayContent("not a workbook"u8.ToArray()), "file", "x.xlsx" } };

    [Theory, BothStores]
    public async Task A_cookie_session_writes_through_the_api_only_with_the_antiforgery_token(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var browser = await app.LoginAsync("admin");
        var forged = await browser.PostAsync("/api/units/import", NotAWorkbook());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("防伪令牌", await forged.Content.ReadAsStringAsync());
        var json = await browser.PostAsJsonAsync("/api/reconsideration", new { caseNumber = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("防伪令牌", await json.Content.ReadAsStringAsync());

        // The app's own page hands out the token; with it the same session may write.
        var page = await browser.GetStringAsync("/units");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")
            .Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/units/import") { Content = NotAWorkbook() };
        request.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await browser.SendAsync(request)).StatusCode);

        // A personal token carries no cookie and needs no antiforgery token; reads never do.
        var api = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await api.PostAsync("/api/units/import", NotAWorkbook())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/units")).StatusCode);
    }
}
