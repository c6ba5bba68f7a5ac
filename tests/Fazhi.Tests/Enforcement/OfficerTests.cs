using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.Tests.Enforcement;

/// <summary>The officers of each agency: a 身份证号 checked by GB 11643 and shown masked except to those allowed,
/// registration only in the caller's scope, certificates about to expire listed, the 台账 imported all or nothing,
/// and the figures with their parts.</summary>
public class OfficerTests
{
    static readonly string ValidId = NationalCodes.WithIdCheck("14990119850302123");

    static async Task<int> UnitAsync(TestApp app, string name) =>
        await app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    static object Officer(int unit, string id, string certificate, string validUntil) => new
    {
        unitId = unit, name = "张三", idNumber = id, certificateNumber = certificate,
        certificateValidUntil = validUntil,
    };

    [Theory, BothStores]
    public async Task A_wrong_check_digit_is_refused_and_the_number_is_shown_masked_to_a_clerk(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var police = await UnitAsync(app, "清河县公安局");
        var clerk = await app.ClientForAsync("gaj");
        var wrong = ValidId[..17] + (ValidId[17] == '0' ? '1' : '0');
        const string Api = "/api/enforcement/officers";
        var refused = await clerk.PostAsJsonAsync(Api, Officer(police, wrong, "Z001", "2029-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("校验位错误", await refused.Content.ReadAsStringAsync());

        var created = await clerk.PostAsJsonAsync(Api, Officer(police, ValidId, "Z001", "2029-01-01"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        string Shown(JsonElement o) => o.GetProperty("idNumber").GetString()!;
        var seenByClerk = JsonDocument.Parse(await clerk.GetStringAsync($"/api/enforcement/officers/{id}")).RootElement;
        Assert.Equal(ValidId[..6] + "********" + ValidId[^4..], Shown(seenByClerk));
        var coordinator = await app.ClientForAsync("sfj");
        Assert.Equal(ValidId, Shown(JsonDocument.Parse(
            await coordinator.GetStringAsync($"/api/enforcement/officers/{id}")).RootElement));
        var page = await (await app.LoginAsync("gaj")).GetStringAsync("/enforcement/officers?q=Z001");
        Assert.DoesNotContain(ValidId, page);
        Assert.Contains("Z001", page);
    }

    [Theory, BothStores]
    public async Task A_clerk_registers_only_for_its_own_agency_and_cannot_see_another(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var market = await UnitAsync(app, "清河县市场监督管理局");
        var clerk = await app.ClientForAsync("gaj");
        var refused = await clerk.PostAsJsonAsync("/api/enforcement/officers",
            Officer(market, ValidId, "Z002", "2029-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("超出数据权限范围", await refused.Content.ReadAsStringAsync());
        var other = await app.QueryAsync(db => db.EnforcementOfficers.IgnoreQueryFilters()
            .Where(o => o.UnitId == market).Select(o => o.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/enforcement/officers/{other}")).StatusCode);
        var training = await clerk.PostAsJsonAsync($"/api/enforcement/officers/{other}/training",
            new { year = 2026, hours = 8, course = "x" });
        Assert.Equal(HttpStatusCode.NotFound, training.StatusCode);
    }

    [Theory, BothStores]
    public async Task Certificates_expiring_within_ninety_days_are_listed_and_a_lapsed_one_does_not_count(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var police = await UnitAsync(app, "清河县公安局");
        var http = await app.ClientForAsync("sfj");
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime);
        await http.PostAsJsonAsync("/api/enforcement/officers",
            Officer(police, ValidId, "SOON", today.AddDays(30).ToString("yyyy-MM-dd")));
        await http.PostAsJsonAsync("/api/enforcement/officers",
            Officer(police, NationalCodes.WithIdCheck("14990119900101456"), "LATER",
                today.AddDays(200).ToString("yyyy-MM-dd")));
        var expiring = await http.GetStringAsync("/api/enforcement/officers?expiring=true&search=清河县公安局");
        Assert.Contains("SOON", expiring);
        Assert.DoesNotContain("LATER", expiring);
        var lapsed = await http.PostAsJsonAsync("/api/enforcement/officers",
            Officer(police, NationalCodes.WithIdCheck("14990119910101456"), "OLD",
                today.AddDays(-1).ToString("yyyy-MM-dd")));
        Assert.False(JsonDocument.Parse(await lapsed.Content.ReadAsStringAsync()).RootElement.GetProperty("certified")
            .GetBoolean());
    }

    [Theory, BothStores]
    public async Task An_imported_sheet_with_a_bad_row_names_row_and_column_and_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj");
        Dictionary<string, object?> Row(string id, string certificate) => new()
        {
            ["执法单位"] = "清河县公安局", ["姓名"] = "李四", ["身份证号"] = id,
            ["执法证号"] = certificate,
            ["有效期至"] = "2029-06-30", ["状态"] = "在岗",
        };
        async Task<HttpResponseMessage> Upload(params Dictionary<string, object?>[] rows)
        {
            using var ms = new MemoryStream();
            ms.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(ms.ToArray()), "file", "人员.xlsx" },
            };
            return await http.PostAsync("/api/enforcement/officers/import", form);
        }
        var before = await app.QueryAsync(db => db.EnforcementOfficers.IgnoreQueryFilters().CountAsync());
        var bad = await Upload(Row(ValidId, "IMP1"), Row("149901198503021230", "IMP2"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal((3, "身份证号"),
            (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(before, await app.QueryAsync(db => db.EnforcementOfficers.IgnoreQueryFilters().CountAsync()));

        var masked = await Upload(Row(ValidId[..6] + "********" + ValidId[^4..], "IMP1"));
        Assert.Contains("已脱敏", await masked.Content.ReadAsStringAsync());

        var good = await Upload(Row(ValidId, "IMP1"), Row(NationalCodes.WithIdCheck("14990119850302124"), "IMP2"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(before + 2, await app.QueryAsync(db => db.EnforcementOfficers.IgnoreQueryFilters().CountAsync()));
    }

    [Theory, BothStores]
    public async Task Training_and_status_are_recorded_on_the_officer_page_and_bad_hours_are_refused(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var police = await UnitAsync(app, "清河县公安局");
        var id = await app.QueryAsync(db => db.EnforcementOfficers.IgnoreQueryFilters()
            .Where(o => o.UnitId == police).Select(o => o.Id).FirstAsync());
        var client = await app.LoginAsync("gaj");
        var url = $"/enforcement/officers/{id}";
        var year = app.Clock.GetLocalNow().Year.ToString();
        var saved = await TestApp.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Training.Year"] = year, ["Training.Hours"] = "16", ["Training.Course"] = "行政处罚法专题",
        }, "Training");
        var shown = await client.GetAsync(saved.Headers.Location ?? new Uri(url, UriKind.Relative));
        Assert.Contains("行政处罚法专题", await shown.Content.ReadAsStringAsync());
        var refused = await TestApp.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Training.Year"] = year, ["Training.Hours"] = "0", ["Training.Course"] = "x",
        }, "Training");
        Assert.Contains("学时应大于0", await refused.Content.ReadAsStringAsync());
        await TestApp.PostFormAsync(client, url,
            new Dictionary<string, string> { ["StatusChange.Status"] = "Suspended" }, "Status");
        Assert.Equal(OfficerStatus.Suspended, await app.QueryAsync(db => db.EnforcementOfficers.IgnoreQueryFilters()
            .Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
    }

    [Theory, BothStores]
    public async Task The_figures_count_certified_officers_and_those_trained_sixty_hours(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var year = app.Clock.GetLocalNow().Year;
        var expected = await app.QueryAsync(async db =>
        {
            var officers = await db.EnforcementOfficers.IgnoreQueryFilters().Include(o => o.Trainings).ToListAsync();
            var end = new DateOnly(year, 12, 31);
            var certified = officers.Where(o => o.Status == OfficerStatus.Active && o.CertificateValidUntil >= end)
                .ToList();
            return (certified.Count,
                certified.Count(o => o.Trainings.Where(t => t.Year == year).Sum(t => t.Hours) >= 60));
        });
        IReadOnlyList<Figure> figures = [];
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            var db = sp.GetRequiredService<Fazhi.Kernel.Storage.FazhiDb>();
            var root = await db.Units.OrderBy(u => u.Id).FirstAsync();
            figures = await service.AllAsync(await service.ScopeAsync(root.Id, year, default), default);
        });
        Assert.True(expected.Item1 > 0);
        Assert.Equal(expected.Item1, (int)figures.Single(f => f.Key == "enforcement.officers_certified").Value);
        var rate = figures.Single(f => f.Key == "enforcement.officers_trained_rate");
        Assert.Equal((expected.Item2, expected.Item1), ((int)rate.Numerator!, (int)rate.Denominator!));
    }
}
