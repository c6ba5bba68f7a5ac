using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Kernel.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Fazhi.Tests.Enforcement;

/// <summary>The 权责清单: items with a kind and a legal basis, registered in the caller's scope, imported all or nothing
/// from the sheets agencies keep, counted by kind.</summary>
public class PowerTests
{
    static async Task<HttpResponseMessage> UploadAsync(HttpClient http, params Dictionary<string, object?>[] rows)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ms.ToArray()), "file", "清单.xlsx" } };
        return await http.PostAsync("/api/enforcement/powers/import", form);
    }

    static Dictionary<string, object?> Row(string agency, string name, string kind, string basis) => new()
    {
        ["执法单位"] = agency, ["事项编码"] = null, ["事项名称"] = name, ["权力类型"] = kind, ["设定依据"] = basis,
    };

    [Theory, BothStores]
    public async Task An_imported_list_with_an_unknown_kind_or_another_agency_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var clerk = await app.ClientForAsync("gaj");
        var before = await app.QueryAsync(db => db.EnforcementPowers.IgnoreQueryFilters().CountAsync());
        var bad = await UploadAsync(clerk,
            Row("清河县公安局", "对无证驾驶的处罚", "处罚", "《中华人民共和国道路交通安全法》第九十九条"),
            Row("清河县公安局", "户口登记", "登记", "《中华人民共和国户口登记条例》第三条"),
            Row("清河县市场监督管理局", "食品生产许可", "许可", "《中华人民共和国食品安全法》第三十五条"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))
            .ToList();
        Assert.Equal([(3, "权力类型"), (4, "执法单位")], errors);
        Assert.Equal(before, await app.QueryAsync(db => db.EnforcementPowers.IgnoreQueryFilters().CountAsync()));

        var good = await UploadAsync(clerk,
            Row("清河县公安局", "对无证驾驶的处罚", "处罚", "《中华人民共和国道路交通安全法》第九十九条"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var list = await clerk.GetStringAsync("/api/enforcement/powers?kind=Penalty&search=无证驾驶");
        Assert.Contains("行政处罚", list);
    }

    [Theory, BothStores]
    public async Task An_item_needs_its_legal_basis_and_is_registered_only_in_scope(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var clerk = await app.ClientForAsync("gaj");
        var police = await app.QueryAsync(db => db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id)
            .SingleAsync());
        var market = await app.QueryAsync(db => db.Units.Where(u => u.Name == "清河县市场监督管理局").Select(u => u.Id)
            .SingleAsync());
        var noBasis = await clerk.PostAsJsonAsync("/api/enforcement/powers",
            new { unitId = police, name = "强制隔离戒毒", kind = "Coercion", legalBasis = " " });
        Assert.Contains("设定依据", await noBasis.Content.ReadAsStringAsync());
        var other = await clerk.PostAsJsonAsync("/api/enforcement/powers",
            new { unitId = market, name = "食品抽样检验", kind = "Inspection", legalBasis = "《食品安全法》第八十七条" });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("超出数据权限范围", await other.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task The_list_is_counted_by_kind(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var expected = await app.QueryAsync(db => db.EnforcementPowers.IgnoreQueryFilters()
            .GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        IReadOnlyList<Figure> figures = [];
        await app.WithSystemScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<FigureService>();
            var db = sp.GetRequiredService<Fazhi.Kernel.Storage.FazhiDb>();
            var root = await db.Units.OrderBy(u => u.Id).FirstAsync();
            figures = await service.AllAsync(await service.ScopeAsync(root.Id, 2026, default), default);
        });
        Assert.Equal(expected.Sum(e => e.Count), (int)figures.Single(f => f.Key == "enforcement.powers.total").Value);
        var penalties = expected.Single(e => e.Key == PowerKind.Penalty).Count;
        Assert.Equal(penalties, (int)figures.Single(f => f.Key == "enforcement.powers.penalty").Value);
    }
}
