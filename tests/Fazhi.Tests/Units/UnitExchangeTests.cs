using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Units;

public class UnitExchangeTests
{
    static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return ms.ToArray();
    }

    static Dictionary<string, object?> Row(
        string name, string kind, string? parent, string? division = null, string? credit = null) => new()
    {
        ["单位名称"] = name, ["类型"] = kind, ["上级单位"] = parent, ["行政区划代码"] = division,
        ["统一社会信用代码"] = credit, ["排序"] = 90,
    };

    static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient http, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "单位.xlsx" } };
        var r = await http.PostAsync("/api/units/import", form);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement);
    }

    [Theory, BothStores]
    public async Task An_exported_tree_imports_back_as_updates_and_changes_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("admin");
        var before = await app.QueryAsync(db => db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Name, u.Path, u.CreditCode, u.Version }).ToListAsync());
        var (status, body) = await UploadAsync(http, await http.GetByteArrayAsync("/api/units/export"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("added").GetInt32());
        Assert.Equal(before.Count, body.GetProperty("updated").GetInt32());
        Assert.Equal(before, await app.QueryAsync(db => db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Name, u.Path, u.CreditCode, u.Version }).ToListAsync()));
    }

    [Theory, BothStores]
    public async Task New_units_join_the_tree_under_their_parent_with_a_materialised_path(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("admin");
        var credit = NationalCodes.WithCreditCheck("11149901000000900");
        var (status, body) = await UploadAsync(http, Sheet(
            Row("清河县数据局", "部门", "清河县人民政府", credit: credit),
            Row("清河县数据局政务服务中心", "其他", "清河县数据局")));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("added").GetInt32());
        var (county, dept, child) = await app.QueryAsync(async db => (
            await db.Units.SingleAsync(u => u.Name == "清河县人民政府"), await db.Units.SingleAsync(u => u.Name == "清河县数据局"),
            await db.Units.SingleAsync(u => u.Name == "清河县数据局政务服务中心")));
        Assert.Equal(county.Path + dept.Id + "/", dept.Path);
        Assert.Equal(dept.Path + child.Id + "/", child.Path);
        Assert.Equal(credit, dept.CreditCode);
    }

    [Theory, BothStores]
    public async Task Every_bad_row_is_reported_with_row_and_column_and_nothing_is_saved(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("admin");
        var count = await app.QueryAsync(db => db.Units.CountAsync());
        var good = NationalCodes.WithCreditCheck("11149901000000901");
        var wrongCheck = good[..17] + (good[17] == 'A' ? 'B' : 'A');
        var (status, body) = await UploadAsync(http, Sheet(
            Row("清河县甲局", "部门", "清河县人民政府", credit: good),
            Row("清河县乙局", "部门", "清河县人民政府", credit: wrongCheck),
            Row("清河县丙局", "部门", "不存在的政府"),
            Row("某某县人民政府", "人民政府", "云岭市人民政府"),
            Row("清河县丁局", "委员会", "清河县人民政府"),
            Row("清河县甲局", "部门", "清河县人民政府"),
            Row("清河县戊局", "部门", null)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(e => (
                e.GetProperty("row").GetInt32(),
                e.GetProperty("column").GetString(),
                e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(errors, e => e.Item1 == 3 && e.Item2 == "统一社会信用代码" && e.Item3.Contains("校验位错误"));
        Assert.Contains(errors, e => e.Item1 == 4 && e.Item2 == "上级单位" && e.Item3.Contains("找不到"));
        Assert.Contains(errors, e => e.Item1 == 5 && e.Item2 == "行政区划代码");
        Assert.Contains(errors, e => e.Item1 == 6 && e.Item2 == "类型");
        Assert.Contains(errors, e => e.Item1 == 7 && e.Item3.Contains("重复"));
        Assert.Contains(errors, e => e.Item1 == 8 && e.Item3.Contains("根单位"));
        Assert.DoesNotContain(errors, e => e.Item1 == 2);
        Assert.Equal(count, await app.QueryAsync(db => db.Units.CountAsync()));
    }

    [Theory, BothStores]
    public async Task Only_an_administrator_imports_units(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Sheet(Row("清河县甲局", "部门", "清河县人民政府"))), "file", "单位.xlsx" },
        };
        var response = await (await app.ClientForAsync("sfj")).PostAsync("/api/units/import", form);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
