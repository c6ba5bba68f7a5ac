using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Tests.Enforcement;

/// <summary>The registry by hand: one object registered through the page's form by the API's rules, and a risk grade
/// changed for a reason — audited with the reason, refused unchanged or unknown, and not found by another
/// agency.</summary>
public class InspectionObjectTests
{
    const string Objects = "/api/enforcement/inspection-objects";
    const string Market = "清河县市场监督管理局";

    static Task<int> UnitAsync(TestApp app, string name) =>
        app.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>A B-grade object of the market regulator's demo registry.</summary>
    static Task<InspectionObject> ObjectAsync(TestApp app) => app.QueryAsync(db => db.InspectionObjects
        .IgnoreQueryFilters().AsNoTracking().Where(o => o.Unit!.Name == Market && o.RiskGrade == RiskGrade.B)
        .OrderBy(o => o.Id).FirstAsync());

    static Task<RiskGrade> GradeAsync(TestApp app, int id) => app.QueryAsync(db => db.InspectionObjects
        .IgnoreQueryFilters().Where(o => o.Id == id).Select(o => o.RiskGrade).SingleAsync());

    static Task<HttpResponseMessage> RegradeAsync(HttpClient http, int id, string grade, string? reason,
        int version) =>
        http.PostAsJsonAsync($"{Objects}/{id}/risk-grade", new { riskGrade = grade, reason, version });

    static Task<HttpResponseMessage> RegradePageAsync(HttpClient browser, string page, string grade, string reason,
        int version) =>
        TestApp.PostFormAsync(browser, page, new Dictionary<string, string>
        {
            ["RiskGrade"] = grade, ["Reason"] = reason, ["Version"] = version.ToString(),
        }, handler: "RiskGrade");

    [Theory, BothStores]
    public async Task The_page_form_registers_an_object_and_names_what_is_wrong_with_a_bad_credit_code(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (market, police) = (await UnitAsync(app, Market), await UnitAsync(app, "清河县公安局"));
        var browser = await app.LoginAsync("scj");
        const string form = "/enforcement/inspection-objects/new";
        var page = await browser.GetStringAsync(form);
        Assert.Contains($"<option value=\"{market}\"", page);
        Assert.DoesNotContain($"<option value=\"{police}\"", page); // only the registries the caller may add to
        Task<int> CountAsync() => app.QueryAsync(db => db.InspectionObjects.IgnoreQueryFilters().CountAsync());
        var before = await CountAsync();
        var code = NationalCodes.WithCreditCheck("91149901MC0000101");
        var wrong = code[..17] + (code[17] == '0' ? '1' : '0');
        Dictionary<string, string> Fields(string creditCode) => new()
        {
            ["Input.UnitId"] = market.ToString(), ["Input.Name"] = "清河县新城食品有限公司",
            ["Input.Kind"] = "Enterprise", ["Input.CreditCode"] = creditCode, ["Input.RiskGrade"] = "C",
            ["Input.Address"] = "清河县城关镇新城路8号",
        };

        var refused = await TestApp.PostFormAsync(browser, form, Fields(wrong));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(NationalCodes.CreditCodeError(wrong)!, html);
        Assert.Contains("is-invalid", html);
        Assert.Contains("清河县新城食品有限公司", html); // what was typed stays
        Assert.Equal(before, await CountAsync());

        var registered = await TestApp.PostFormAsync(browser, form, Fields(code.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var stored = await app.QueryAsync(db => db.InspectionObjects.IgnoreQueryFilters().Include(o => o.Unit)
            .SingleAsync(o => o.CreditCode == code));
        Assert.Equal(($"/enforcement/inspection-objects/{stored.Id}", RiskGrade.C, ObjectKind.Enterprise, Market),
            (registered.Headers.Location?.ToString(), stored.RiskGrade, stored.Kind, stored.Unit!.Name));
        var shown = await browser.GetStringAsync(registered.Headers.Location!.ToString());
        Assert.Contains("已登记", shown);
        Assert.Contains(code, shown);

        var twice = await TestApp.PostFormAsync(browser, form, Fields(code));
        Assert.Contains(ObjectService.Duplicate(code), await twice.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await CountAsync());
    }

    [Theory, BothStores]
    public async Task A_risk_grade_change_needs_a_new_grade_and_a_reason_and_is_audited_with_the_reason(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var o = await ObjectAsync(app);
        var http = await app.ClientForAsync("scj");

        async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string message)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
        }
        await RefusedAsync(await RegradeAsync(http, o.Id, "E", "复核", o.Version), HttpStatusCode.BadRequest,
            "请选择风险等级（A、B、C、D类之一）");
        await RefusedAsync(await RegradeAsync(http, o.Id, "B", "复核", o.Version), HttpStatusCode.BadRequest,
            "该对象的风险等级已是B类");
        await RefusedAsync(await RegradeAsync(http, o.Id, "D", "  ", o.Version), HttpStatusCode.BadRequest,
            "请填写调整风险等级的理由");
        await RefusedAsync(await RegradeAsync(http, o.Id, "D", "复核", o.Version + 1), HttpStatusCode.Conflict,
            "该检查对象已被他人修改");
        Task<List<AuditEntry>> UpdatesAsync() => app.QueryAsync(db => db.AuditEntries.Where(a =>
            a.Entity == nameof(InspectionObject) && a.EntityId == o.Id.ToString() && a.Action == AuditAction.Update)
            .ToListAsync());
        Assert.Empty(await UpdatesAsync());

        var changed = await RegradeAsync(http, o.Id, "d类", "被列入经营异常名录", o.Version);
        var body = await changed.Content.ReadAsStringAsync();
        Assert.True(changed.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("D", o.Version + 1),
            (json.GetProperty("grade").GetString(), json.GetProperty("version").GetInt32()));
        var link = Assert.Single(await UpdatesAsync());
        Assert.Equal("scj", link.Actor);
        Assert.Contains($"\"RiskGrade\":{(int)RiskGrade.B}", link.Before);
        Assert.Contains($"\"RiskGrade\":{(int)RiskGrade.D}", link.After);
        // The reason is kept by the object's timeline entry, saved and audited in the same save as the change.
        var owner = InspectionObject.OwnerType;
        var reason = await app.QueryAsync(async db =>
        {
            var entry = await db.Timeline.SingleAsync(t => t.OwnerType == owner && t.OwnerId == o.Id);
            return await db.AuditEntries.SingleAsync(a =>
                a.Entity == nameof(TimelineEntry) && a.EntityId == entry.Id.ToString());
        });
        Assert.Contains("理由：被列入经营异常名录", reason.After);
        Assert.Equal((link.AtUtc, "scj"), (reason.AtUtc, reason.Actor));

        var browser = await app.LoginAsync("scj");
        var page = $"/enforcement/inspection-objects/{o.Id}";
        Assert.Contains("风险等级由B类（信用风险一般）调整为D类（信用风险高）；理由：被列入经营异常名录",
            await browser.GetStringAsync(page));
        var again = await RegradePageAsync(browser, page, "D", "复核", o.Version + 1);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("该对象的风险等级已是D类", await again.Content.ReadAsStringAsync());
        var back = await RegradePageAsync(browser, page, "A", "信用修复完成", o.Version + 1);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(RiskGrade.A, await GradeAsync(app, o.Id));
        Assert.Contains("信用修复完成", await browser.GetStringAsync(page));
    }

    [Theory, BothStores]
    public async Task Another_agencys_clerk_does_not_find_the_object_and_a_reader_may_not_change_it(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var o = await ObjectAsync(app);
        var auditStart = await app.QueryAsync(db => db.AuditEntries.MaxAsync(a => a.Id));
        var page = $"/enforcement/inspection-objects/{o.Id}";

        var police = await app.ClientForAsync("gaj");
        // Out of scope is 404 whatever is sent: nothing sent is looked at first.
        Assert.Equal(HttpStatusCode.NotFound, (await RegradeAsync(police, o.Id, "E", null, 99)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await RegradeAsync(police, o.Id, "D", "越权调整", o.Version)).StatusCode);
        var policeBrowser = await app.LoginAsync("gaj");
        Assert.Equal(HttpStatusCode.NotFound, (await policeBrowser.GetAsync(page)).StatusCode);
        var token = Regex.Match(await policeBrowser.GetStringAsync("/"),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var formPost = await policeBrowser.PostAsync($"{page}?handler=RiskGrade", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["RiskGrade"] = "D", ["Reason"] = "越权调整", ["Version"] = o.Version.ToString(),
                ["__RequestVerificationToken"] = token,
            }));
        Assert.Equal(HttpStatusCode.NotFound, formPost.StatusCode);

        // A reader is refused the write itself, before any record is looked up.
        var guest = await app.ClientForAsync("guest");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await RegradeAsync(guest, o.Id, "D", "只读用户调整", o.Version)).StatusCode);

        Assert.Equal(RiskGrade.B, await GradeAsync(app, o.Id));
        Assert.False(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Id > auditStart
            && (a.Entity == nameof(InspectionObject) || a.Entity == nameof(TimelineEntry)))));
    }
}
