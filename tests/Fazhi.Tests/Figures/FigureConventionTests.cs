using System.Text.Json;

namespace Fazhi.Tests.Figures;

public class FigureConventionTests
{
    static JsonElement Rate(JsonElement figures, string key) =>
        figures.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    [Theory, BothStores]
    public async Task The_correction_rate_follows_the_configured_convention_and_says_so(string provider)
    {
        await using var standard = await new TestApp(provider).WithDemoAsync();
        var plain = Rate(
            JsonDocument.Parse(await (await standard.ClientForAsync("sfj"))
                .GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement,
            "reconsideration.direct_correction_rate");

        // The same county, counted under a region's convention (set after the demo: it is read when counting).
        await using var regional = await new TestApp(provider).WithDemoAsync();
        regional.Settings["Figures:Reconsideration:ExcludedFromDenominator:0"] = "DismissApplication";
        var figures = JsonDocument.Parse(await (await regional.ClientForAsync("sfj"))
            .GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement;
        var excluded = Rate(figures, "reconsideration.direct_correction_rate");
        var dismissed = Rate(figures, "reconsideration.decision.application_dismissed").GetProperty("value").GetInt32();

        Assert.True(dismissed > 0);
        Assert.Equal(plain.GetProperty("numerator").GetInt32(), excluded.GetProperty("numerator").GetInt32());
        Assert.Equal(plain.GetProperty("denominator").GetInt32() - dismissed,
            excluded.GetProperty("denominator").GetInt32());
        Assert.Contains("不含驳回申请", excluded.GetProperty("definition").GetString());
        Assert.DoesNotContain("不含", plain.GetProperty("definition").GetString());
    }

    [Theory, BothStores]
    public async Task The_openapi_document_describes_the_figures_endpoint_and_the_docs_page_is_served(string provider)
    {
        await using var app = new TestApp(provider);
        var http = app.CreateClient();
        var doc = JsonDocument.Parse(await http.GetStringAsync("/api/openapi/v1.json")).RootElement;
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/figures", out _));
        Assert.True((await http.GetAsync("/api/docs/v1")).IsSuccessStatusCode);
    }
}
