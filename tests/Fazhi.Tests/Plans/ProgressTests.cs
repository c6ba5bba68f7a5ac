using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans;
using Fazhi.Features.Plans.Reading;

namespace Fazhi.Tests.Plans;

/// <summary>A unit's monthly progress on the tasks it was given: reported with evidence, corrected in the same
/// month, and refused when incomplete or outside the caller's units.</summary>
public class ProgressTests
{
    const string Market = "清河县市场监督管理局";

    /// <summary>The demo plan's task whose only lead is the market regulator (推进“双随机、一公开”…).</summary>
    static Task<TaskAssignment> MarketLeadAsync(TestApp app) => app.QueryAsync(db => db.TaskAssignments
        .Where(a => a.Unit!.Name == Market && a.Role == UnitRole.Lead)
        .Where(a => db.Set<TaskAssignment>().Count(o => o.TaskId == a.TaskId && o.Role == UnitRole.Lead) == 1)
        .FirstAsync());

    static MultipartFormDataContent Report(string month, string text, string? percent, byte[]? evidence = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(month), "month" }, { new StringContent(text), "text" },
        };
        if (percent is not null) form.Add(new StringContent(percent), "percent");
        if (evidence is not null) form.Add(new ByteArrayContent(evidence), "evidence", "抽查结果公示截图.png");
        return form;
    }

    [Theory, BothStores]
    public async Task A_lead_unit_reports_with_evidence_and_a_second_report_of_the_month_corrects_it(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var scj = await app.ClientForAsync("scj");
        var lead = await MarketLeadAsync(app);
        var month = app.Clock.GetLocalNow().ToString("yyyy-MM");

        var own = JsonDocument.Parse(await scj.GetStringAsync("/api/plans/tasks/own")).RootElement;
        Assert.Contains(own.EnumerateArray(), t => t.GetProperty("id").GetInt32() == lead.TaskId);

        var evidence = "PNG evidence"u8.ToArray();
        var first = await scj.PostAsync($"/api/plans/assignments/{lead.Id}/progress",
            Report(month, "已公示第三季度抽查结果", "40", evidence));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var reportId = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id")
            .GetInt32();
        Assert.Equal(evidence, await scj.GetByteArrayAsync($"/api/plans/progress/{reportId}/evidence"));

        var second = await scj.PostAsync($"/api/plans/assignments/{lead.Id}/progress",
            Report(month, "已公示第三季度抽查结果，并完成整改跟踪", "60"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var reports = await app.QueryAsync(db => db.ProgressReports
            .Where(r => r.AssignmentId == lead.Id && r.Month == new DateOnly(app.Clock.GetLocalNow().Year,
                app.Clock.GetLocalNow().Month, 1)).ToListAsync());
        var kept = Assert.Single(reports);
        Assert.Equal((60, "已公示第三季度抽查结果，并完成整改跟踪"), (kept.Percent, kept.Text));
        Assert.NotNull(kept.EvidenceSha256); // a correction without a file keeps the evidence
        var task = JsonDocument.Parse(await scj.GetStringAsync($"/api/plans/tasks/{lead.TaskId}")).RootElement;
        Assert.Equal(60, task.GetProperty("percent").GetInt32());
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(ProgressReport)
            && e.EntityId == reportId.ToString() && e.Action == Fazhi.Kernel.Audit.AuditAction.Update
            && e.Before!.Contains("\"Percent\":40") && e.After!.Contains("\"Percent\":60"))));
    }

    [Theory, BothStores]
    public async Task Incomplete_reports_and_reports_outside_the_callers_units_are_refused(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var scj = await app.ClientForAsync("scj");
        var gaj = await app.ClientForAsync("gaj");
        var lead = await MarketLeadAsync(app);
        var now = app.Clock.GetLocalNow();
        var month = now.ToString("yyyy-MM");
        var before = await app.QueryAsync(db => db.ProgressReports.CountAsync());
        async Task<(HttpStatusCode, string)> Post(HttpClient http, MultipartFormDataContent form)
        {
            var response = await http.PostAsync($"/api/plans/assignments/{lead.Id}/progress", form);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal((HttpStatusCode.BadRequest, true), Check(await Post(scj, Report(month, "进展", null)), "完成进度"));
        Assert.Equal((HttpStatusCode.BadRequest, true), Check(await Post(scj, Report(month, "进展", "120")), "0至100"));
        Assert.Equal((HttpStatusCode.BadRequest, true),
            Check(await Post(scj, Report(now.AddMonths(1).ToString("yyyy-MM"), "进展", "50")), "未来月份"));
        Assert.Equal((HttpStatusCode.BadRequest, true),
            Check(await Post(scj, Report("2026/11", "进展", "50")), "2026-11"));
        Assert.Equal((HttpStatusCode.BadRequest, true), Check(await Post(scj, Report(month, " ", "50")), "工作进展"));
        Assert.Equal(HttpStatusCode.NotFound, (await Post(gaj, Report(month, "代报", "90"))).Item1);
        Assert.Equal(HttpStatusCode.NotFound, (await gaj.GetAsync($"/api/plans/tasks/{lead.TaskId}")).StatusCode);

        var planId = await app.QueryAsync(db => db.ImplementationPlans.Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await scj.GetAsync($"/api/plans/{planId}")).StatusCode);
        var preview = await scj.PostAsync($"/api/plans/preview?unit={lead.PlanUnitId}",
            PlanTests.Upload("(一)任务。\n牵头单位:县司法局"u8.ToArray(), "a.txt"));
        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode); // the county's plan is not the regulator's to make
        Assert.Contains("不在您的数据权限范围内", await preview.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.QueryAsync(db => db.ProgressReports.CountAsync()));
    }

    static (HttpStatusCode, bool) Check((HttpStatusCode Status, string Body) answer, string says) =>
        (answer.Status, answer.Body.Contains(says));

    [Theory, BothStores]
    public async Task A_name_still_to_be_resolved_cannot_report(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var pending = await app.QueryAsync(db => db.TaskAssignments.FirstAsync(a => a.Match == NameMatch.Pending));
        Assert.Equal("县委编办", pending.NameAsWritten);
        var response = await sfj.PostAsync($"/api/plans/assignments/{pending.Id}/progress",
            Report(app.Clock.GetLocalNow().ToString("yyyy-MM"), "进展", "50"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("尚待确认", await response.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task The_plans_figures_count_lead_tasks_the_done_and_the_overdue_and_link_to_them(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetLocalNow().DateTime);
        // Counted here over the records, apart from the figure's own query.
        var (leads, done, overdue) = await app.QueryAsync(async db =>
        {
            var assignments = await db.TaskAssignments.Where(a => a.Role == UnitRole.Lead && a.UnitId != null)
                .ToListAsync();
            var latest = (await db.ProgressReports.ToListAsync()).GroupBy(r => r.AssignmentId)
                .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Month).ThenBy(r => r.Id).Last().Percent);
            var late = (await db.TaskMilestones.Where(m => m.Recurs == null && m.DueOn < today).ToListAsync())
                .Select(m => m.TaskId).ToHashSet();
            bool Done(TaskAssignment a) => latest.GetValueOrDefault(a.Id) == 100;
            return (assignments.Count, assignments.Count(Done),
                assignments.Count(a => late.Contains(a.TaskId) && !Done(a)));
        });
        var sfj = await app.ClientForAsync("sfj");
        var figures = JsonDocument.Parse(await sfj.GetStringAsync($"/api/figures?unit=149901&year={today.Year}"))
            .RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(leads, figures["plans.tasks"].GetProperty("value").GetInt32());
        Assert.Equal(done, figures["plans.tasks_done"].GetProperty("value").GetInt32());
        Assert.Equal((done, leads), (figures["plans.completion_rate"].GetProperty("numerator").GetInt32(),
            figures["plans.completion_rate"].GetProperty("denominator").GetInt32()));
        Assert.True(overdue > 0); // the demo's stalled task, due by September at 60%
        Assert.Equal(overdue, figures["plans.tasks_overdue"].GetProperty("value").GetInt32());
        var records = await sfj.GetStringAsync(
            figures["plans.tasks_overdue"].GetProperty("recordsUrl").GetString()!);
        Assert.Contains("/plans/tasks/", records);
        Assert.Contains("60%", records);
    }
}
