using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Plans;
using Fazhi.Features.Plans.Supervision;
using Fazhi.Kernel.Access;

namespace Fazhi.Tests.Plans;

/// <summary>督办: a task behind its passed target and a month's missing report each get one notice; the unit signs
/// and replies, the issuer closes; left open past its cycle a notice rises a level; two nodes issue each once.
/// </summary>
public class SupervisionTests
{
    static Task<List<SupervisionNotice>> NoticesAsync(TestApp app) => app.QueryAsync(db =>
        db.SupervisionNotices.Include(n => n.Unit).OrderBy(n => n.Id).ToListAsync());

    [Theory, BothStores]
    public async Task A_task_behind_its_target_and_a_missing_report_each_get_one_notice(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var notices = await NoticesAsync(app);

        var overdue = Assert.Single(notices, n => n.Reason == SupervisionReason.TaskOverdue);
        Assert.Equal("清河县司法局", overdue.Unit!.Name);
        Assert.Contains("时间节点2026年9月30日", overdue.Detail);
        Assert.Contains("最新报送进度60%", overdue.Detail);
        var missing = notices.Where(n => n.Reason == SupervisionReason.ReportMissing).ToList();
        Assert.Contains(missing, n => n.Unit!.Name == "清河县市场监督管理局" && n.Cause == "report:2026-10");
        Assert.All(notices, n => Assert.Matches(@"^督办〔2026〕\d+号$", n.Number));
        Assert.Equal(notices.Count, notices.Select(n => n.Number).Distinct().Count());

        var sfj = await app.ClientForAsync("sfj");
        var run = await sfj.PostAsync("/api/plans/supervision/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await run.Content.ReadAsStringAsync()).RootElement
            .GetProperty("issued").GetInt32());
        Assert.Equal(notices.Count, (await NoticesAsync(app)).Count);

        var reply = JsonDocument.Parse(await sfj.GetStringAsync($"/api/plans/supervision/{missing[0].Id}"))
            .RootElement.GetProperty("deadlines")[1];
        Assert.Equal("2026-12-01", reply.GetProperty("due").GetString()); // 3 working days over a weekend
    }

    [Theory, BothStores]
    public async Task The_unit_signs_and_replies_and_only_the_issuer_closes(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var notice = (await NoticesAsync(app)).First(n => n.Unit!.Name == "清河县市场监督管理局");
        var scj = await app.ClientForAsync("scj");
        var gaj = await app.ClientForAsync("gaj");
        var sfj = await app.ClientForAsync("sfj");
        async Task<HttpResponseMessage> Step(HttpClient http, string step, string? text = null)
        {
            var version = await app.QueryAsync(db => db.SupervisionNotices.Where(n => n.Id == notice.Id)
                .Select(n => n.Version).SingleAsync());
            return await http.PostAsJsonAsync($"/api/plans/supervision/{notice.Id}/{step}",
                new NoticeStepRequest(version, text));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await gaj.GetAsync($"/api/plans/supervision/{notice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Step(gaj, "acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(scj, "acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Step(scj, "acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Step(scj, "reply", " ")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Step(sfj, "resolve", "同意")).StatusCode); // not replied yet
        Assert.Equal(HttpStatusCode.OK, (await Step(scj, "reply", "十月进展已补报，并建立月初报送提醒")).StatusCode);
        var byUnit = await Step(scj, "resolve", "自行办结");
        Assert.Equal(HttpStatusCode.BadRequest, byUnit.StatusCode);
        Assert.Contains("办结由下达督办的单位确认", await byUnit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Step(sfj, "resolve", "已补报，同意办结")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Step(scj, "reply", "再次反馈")).StatusCode);

        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == SupervisionNotice.OwnerType
            && t.OwnerId == notice.Id).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(["下达督办", "签收", "反馈", "办结"], timeline);
    }

    [Theory, BothStores]
    public async Task An_open_notice_rises_a_level_after_its_cycle_and_a_closed_one_does_not(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var before = await NoticesAsync(app);
        app.Clock.Set("2026-12-10"); // the 10th working day after 11-26 is 12-10: not yet past it
        var sfj = await app.ClientForAsync("sfj");
        var quiet = await sfj.PostAsync("/api/plans/supervision/run", null);
        Assert.Equal(0, JsonDocument.Parse(await quiet.Content.ReadAsStringAsync()).RootElement
            .GetProperty("escalated").GetInt32());
        app.Clock.Set("2026-12-11");
        await sfj.PostAsync("/api/plans/supervision/run", null);

        var after = await NoticesAsync(app);
        Assert.All(after.Where(n => before.Any(b => b.Id == n.Id)),
            n => Assert.Equal((2, new DateOnly(2026, 12, 11)), (n.Level, n.EscalatedOn!.Value)));
        var escalation = await app.QueryAsync(db => db.Timeline.FirstAsync(t =>
            t.OwnerType == SupervisionNotice.OwnerType && t.OwnerId == before[0].Id && t.Kind == "升级督办"));
        Assert.Contains("升级为催办", escalation.Text);
        // A month on, November's reports are missing too: new causes, new notices, under the same numbering.
        Assert.Contains(after, n => n.Cause == "report:2026-11");
    }

    [Theory, BothStores]
    public async Task Two_nodes_supervising_at_once_issue_each_notice_once_under_the_configured_cycle(
        string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        app.Settings["Plans:Supervision:ReplyDays"] = "5";
        var before = (await NoticesAsync(app)).Count;
        app.Clock.Set("2026-12-07"); // November's reports, due by 12-05, are missing now
        async Task<int> Node()
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("node");
            return (await scope.ServiceProvider.GetRequiredService<SupervisionService>().SuperviseAsync()).Issued;
        }

        var issued = await Task.WhenAll(Node(), Node());

        var notices = await NoticesAsync(app);
        Assert.Equal(notices.Count - before, issued.Sum());
        Assert.True(issued.Sum() > 0);
        Assert.Equal(notices.Count, notices.Select(n => (n.AssignmentId, n.Cause)).Distinct().Count());
        Assert.All(notices.Skip(before), n => Assert.Equal(5, n.ReplyDays)); // the demo's own used the default
    }
}
