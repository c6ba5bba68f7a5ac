using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Features.Plans;
using Fazhi.Features.Plans.Reading;

namespace Fazhi.Tests.Plans;

/// <summary>Importing a plan: recognised and shown before anything is created, created with the names a person
/// chose, the rest left to resolve; and refused, with its reason, when the file is no plan.</summary>
public class PlanTests
{
    static readonly string SeedPath =
        Path.Combine(AppContext.BaseDirectory, "Plans", "Samples", "tianzhen-2022-implementation-plan.txt");

    internal static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    internal static MultipartFormDataContent Upload(byte[] bytes, string name) =>
        new() { { new ByteArrayContent(bytes), "file", name } };

    static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Theory, BothStores]
    public async Task A_coordinator_sees_what_a_plan_holds_before_anything_is_created(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        var office = await app.QueryAsync(db => db.Units.SingleAsync(u => u.Name == "清河县人民政府办公室"));
        var before = await app.QueryAsync(db => db.PlanTasks.CountAsync());

        var json = await JsonOf(await http.PostAsync($"/api/plans/preview?unit={county}",
            Upload(File.ReadAllBytes(SeedPath), "天镇实施方案.txt")));

        var tasks = json.GetProperty("tasks");
        Assert.Equal(32, tasks.GetArrayLength());
        var first = tasks[0];
        Assert.Equal("(四)", first.GetProperty("number").GetString());
        var lead = first.GetProperty("lead");
        Assert.Equal("县政府办公室", lead[0].GetProperty("name").GetString());
        Assert.Equal(office.CreditCode, lead[0].GetProperty("unit").GetString());
        Assert.Equal("县委编办", lead[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, lead[1].GetProperty("unit").ValueKind);
        Assert.Equal("2023-12-31", first.GetProperty("targets")[0].GetProperty("due").GetString());
        Assert.Contains(json.GetProperty("toResolve").EnumerateArray(),
            n => n.GetProperty("name").GetString() == "县委编办");
        Assert.Equal(before, await app.QueryAsync(db => db.PlanTasks.CountAsync()));
    }

    [Theory, BothStores]
    public async Task An_imported_plan_gives_its_tasks_to_matched_and_chosen_units_and_the_rest_are_resolved_later(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var browser = await app.LoginAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        var justice = await UnitAsync(app, "清河县司法局");
        var audit = await UnitAsync(app, "清河县审计局");
        var text = PlanDocument.Read(File.ReadAllBytes(SeedPath), SeedPath);

        var created = await TestApp.PostFormAsync(browser, "/plans/import", new Dictionary<string, string>
        {
            ["text"] = text, ["unitId"] = county.ToString(), ["names"] = "县委编办", ["units"] = justice.ToString(),
        }, "Create");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        var plan = await app.QueryAsync(db => db.ImplementationPlans.Include(p => p.Tasks)
            .ThenInclude(t => t.Assignments).SingleAsync(p => p.Id == planId));
        Assert.Equal((county, 32, "天发〔2022〕42号"), (plan.UnitId, plan.Tasks.Count, plan.DocumentNumber));
        var four = plan.Tasks.Single(t => t.Number == "(四)");
        var chosen = four.Assignments.Single(a => a.NameAsWritten == "县委编办");
        Assert.Equal((justice, NameMatch.Resolved, UnitRole.Lead), (chosen.UnitId, chosen.Match, chosen.Role));
        Assert.Contains(plan.Tasks.Single(t => t.Number == "(五)").Assignments,
            a => a.UnitId == justice && a.Role == UnitRole.Lead && a.Match == NameMatch.Matched);
        var pending = plan.Tasks.SelectMany(t => t.Assignments).Where(a => a.NameAsWritten == "县纪委监委").ToList();
        Assert.All(pending, a => Assert.Equal((null, NameMatch.Pending), (a.UnitId, a.Match)));

        var resolved = await TestApp.PostFormAsync(browser, $"/plans/{planId}", new Dictionary<string, string>
        {
            ["Version"] = plan.Version.ToString(), ["Name"] = "县纪委监委", ["UnitId"] = audit.ToString(),
        }, "Resolve");

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var rows = await app.QueryAsync(db => db.TaskAssignments.Where(a => a.PlanId == planId)
            .Select(a => new { a.TaskId, a.NameAsWritten, a.UnitId, a.Match, a.Role }).ToListAsync());
        var resolvedRows = rows.Where(a => a.NameAsWritten == "县纪委监委").ToList();
        Assert.NotEmpty(resolvedRows);
        Assert.All(resolvedRows, a => Assert.Equal((audit, NameMatch.Resolved), (a.UnitId, a.Match)));
        // In (二十二) 县政府各部门 already made 审计局 a lead: the resolved name adds no second row.
        var twentyTwo = plan.Tasks.Single(t => t.Number == "(二十二)").Id;
        Assert.Single(rows, a => a.TaskId == twentyTwo && a.UnitId == audit && a.Role == UnitRole.Lead);
        var timeline = await app.QueryAsync(db => db.Timeline
            .Where(t => t.OwnerType == ImplementationPlan.OwnerType && t.OwnerId == planId)
            .Select(t => t.Text).ToListAsync());
        Assert.Contains(timeline, t => t.StartsWith("导入实施方案") && t.Contains("32项任务"));
        Assert.Contains(timeline, t => t.Contains("“县纪委监委”确认为清河县审计局"));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(TaskAssignment)
            && e.Action == Fazhi.Kernel.Audit.AuditAction.Update && e.Before!.Contains("\"Match\":3"))));
    }

    [Theory, BothStores]
    public async Task A_file_that_is_no_plan_is_refused_with_its_reason_and_a_task_sheet_is_read(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj");
        var county = await UnitAsync(app, "清河县人民政府");
        async Task<(HttpStatusCode, string)> Preview(byte[] bytes, string name, int unitId)
        {
            var response = await http.PostAsync($"/api/plans/preview?unit={unitId}", Upload(bytes, name));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var (status, body) = await Preview("一、总体要求\n(一)坚持依法行政。"u8.ToArray(), "a.txt", county);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("未在文件中识别出任务", body);
        (status, body) = await Preview([0x50, 0x4B, 3, 4, 0, 0, 0, 0, 1, 2, 3], "a.docx", county);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, _) = await Preview(File.ReadAllBytes(SeedPath), "a.txt", await UnitAsync(app, "云岭市人民政府"));
        Assert.Equal(HttpStatusCode.BadRequest, status);

        using var sheet = new MemoryStream();
        sheet.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["序号"] = 1, ["工作任务"] = "全面推行权责清单制度", ["牵头单位"] = "县司法局",
                ["配合单位"] = "县财政局、县审计局", ["完成时限"] = "2027年6月底前" },
            new Dictionary<string, object?> { ["序号"] = 2, ["工作任务"] = "规范行政执法", ["牵头单位"] = "县公安局",
                ["配合单位"] = null, ["完成时限"] = "每季度" },
        }, excelType: ExcelType.XLSX);
        (status, body) = await Preview(sheet.ToArray(), "任务表.xlsx", county);
        Assert.Equal(HttpStatusCode.OK, status);
        var tasks = JsonDocument.Parse(body).RootElement.GetProperty("tasks");
        Assert.Equal(2, tasks.GetArrayLength());
        Assert.Equal("2027-06-30", tasks[0].GetProperty("targets")[0].GetProperty("due").GetString());
        Assert.Equal(2, tasks[0].GetProperty("participants").GetArrayLength());
        Assert.Equal(0, await app.QueryAsync(db => db.ImplementationPlans.CountAsync(p => p.UnitId == county
            && p.Title != "清河县" + app.Clock.GetLocalNow().Year + "年法治政府建设工作实施方案")));
    }

    [Theory, BothStores]
    public async Task The_cli_prints_json_and_creates_only_without_dry_run(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var file = new FileInfo(SeedPath);
        var before = await app.QueryAsync(db => db.ImplementationPlans.CountAsync());
        var (code, output, errors) = await RunAsync(app, file, new PlanCommand.ImportOptions(null, true, true));
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(32, json.GetProperty("tasks").GetArrayLength());
        Assert.Equal("清河县人民政府", json.GetProperty("government").GetProperty("name").GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.ImplementationPlans.CountAsync()));

        (code, _, errors) = await RunAsync(app, file, new PlanCommand.ImportOptions(null, false, true));
        Assert.Equal(0, code);
        Assert.Contains("已创建实施方案", errors);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.ImplementationPlans.CountAsync()));

        (code, _, errors) = await RunAsync(app, file, new PlanCommand.ImportOptions("不存在的单位", false, false));
        Assert.Equal(4, code);
        Assert.Contains("没有名称或代码为“不存在的单位”的单位", errors);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.ImplementationPlans.CountAsync()));
    }

    static async Task<(int, string, string)> RunAsync(TestApp app, FileInfo file, PlanCommand.ImportOptions options)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = 0;
        await app.WithSystemScopeAsync(async sp => code = await PlanCommand.ImportAsync(sp, file, options, output,
            errors));
        return (code, output.ToString(), errors.ToString());
    }

    [Theory, BothStores]
    public async Task A_plan_exported_to_excel_reads_back_as_the_same_tasks_and_units(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var guest = await app.ClientForAsync("guest");
        var sfj = await app.ClientForAsync("sfj");
        var planId = await app.QueryAsync(db => db.ImplementationPlans.Select(p => p.Id).SingleAsync());

        var sheet = await guest.GetByteArrayAsync($"/api/plans/{planId}/export");
        var rows = new MemoryStream(sheet).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(8, rows.Count);
        Assert.Equal("清河县司法局", rows[3]["牵头单位"]);
        Assert.Equal("60%", rows[3]["最新进度"]);
        Assert.Equal("县委编办、清河县司法局", rows[0]["牵头单位"]);

        var county = await UnitAsync(app, "清河县人民政府");
        var preview = await sfj.PostAsync($"/api/plans/preview?unit={county}", Upload(sheet, "任务台账.xlsx"));
        var back = (await JsonOf(preview)).GetProperty("tasks");
        Assert.Equal(8, back.GetArrayLength());
        Assert.Equal(["县委编办", "清河县司法局"], back[0].GetProperty("lead").EnumerateArray()
            .Select(n => n.GetProperty("name").GetString()));
        Assert.Equal("各乡(镇)人民政府", back[1].GetProperty("participants")[2].GetProperty("name").GetString());
    }
}
