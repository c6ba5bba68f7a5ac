using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Plans;
using static Fazhi.Tests.ApiJson;

namespace Fazhi.Tests.Plans;

/// <summary>A task's 时间节点 after import: the plan's unit moves, adds and drops them, each change on the plan's
/// timeline with before and after; bad input, a stale form and a unit that only carries the task change nothing.
/// </summary>
public class MilestoneTests
{
    static async Task<JsonElement> TaskAsync(HttpClient client, int id) =>
        await JsonAsync(await client.GetAsync($"/api/plans/tasks/{id}"));

    static object Target(JsonElement task, int? id, string? text, string? due, string? recurs = null) => new
    {
        version = task.GetProperty("planVersion").GetInt32(), milestoneId = id, text, dueOn = due, recurs,
    };

    static string[] Targets(JsonElement task) => [.. task.GetProperty("targets").EnumerateArray()
        .Select(t => $"{t.GetProperty("due").GetString()} {t.GetProperty("text").GetString()}")];

    [Theory, BothStores]
    public async Task The_plans_unit_moves_adds_and_drops_targets_and_each_change_is_on_the_timeline(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var scj = await app.ClientForAsync("scj");
        var taskId = await app.QueryAsync(db => db.TaskMilestones.Where(m => m.Recurs == null)
            .OrderBy(m => m.Id).Select(m => m.TaskId).FirstAsync());
        var task = await TaskAsync(sfj, taskId);
        var first = task.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("recurs").ValueKind
            == JsonValueKind.Null);
        var (firstId, firstText) = (first.GetProperty("id").GetInt32(), first.GetProperty("text").GetString()!);
        var url = $"/api/plans/tasks/{taskId}/milestones";
        Task<int> AuditedAsync() => app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "TaskMilestone"));
        var audited = await AuditedAsync();

        task = await JsonAsync(await sfj.PostAsJsonAsync(url, Target(task, firstId, firstText, "2027-06-30")));
        Assert.Contains($"2027-06-30 {firstText}", Targets(task));
        task = await JsonAsync(await sfj.PostAsJsonAsync(url,
            Target(task, null, "每季度末报送阶段性评估", "2027-03-31", "Quarterly")));
        var added = task.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("text").GetString() == "每季度末报送阶段性评估");
        Assert.Equal("Quarterly", added.GetProperty("recurs").GetString());
        var before = Targets(task);

        // Refused, each with its reason, and nothing changes.
        Assert.Contains("内容", await RefusedAsync(await sfj.PostAsJsonAsync(url, Target(task, null, " ", "2027-01-01")),
            HttpStatusCode.BadRequest));
        Assert.Contains("日期", await RefusedAsync(await sfj.PostAsJsonAsync(url, Target(task, null, "节点", null)),
            HttpStatusCode.BadRequest));
        var otherTask = await app.QueryAsync(db => db.TaskMilestones.Where(m => m.TaskId != taskId)
            .Select(m => m.Id).FirstAsync());
        Assert.Contains("不属于本任务", await RefusedAsync(await sfj.PostAsJsonAsync(url,
            Target(task, otherTask, "节点", "2027-01-01")), HttpStatusCode.BadRequest));
        var stale = new { version = task.GetProperty("planVersion").GetInt32() - 1, milestoneId = firstId,
            text = firstText, dueOn = "2027-09-30" };
        Assert.False((await sfj.PostAsJsonAsync(url, stale)).IsSuccessStatusCode);
        // The market regulator leads the task but the plan is the county's: it reports, it does not set dates.
        Assert.Contains("数据权限", await RefusedAsync(await scj.PostAsJsonAsync(url,
            Target(task, firstId, firstText, "2030-01-01")), HttpStatusCode.NotFound));
        Assert.Equal(before, Targets(await TaskAsync(sfj, taskId)));

        task = await JsonAsync(await sfj.PostAsJsonAsync(url + "/remove", new
        {
            version = task.GetProperty("planVersion").GetInt32(), milestoneId = added.GetProperty("id").GetInt32(),
        }));
        Assert.DoesNotContain(Targets(task), t => t.Contains("阶段性评估"));

        var planId = task.GetProperty("planId").GetInt32();
        var timeline = await app.QueryAsync(db => db.Timeline.Where(t => t.OwnerType == "plan" && t.OwnerId == planId
            && t.Kind.EndsWith("时间节点")).OrderBy(t => t.Id).Select(t => t.Kind + "：" + t.Text).ToListAsync());
        Assert.Equal(3, timeline.Count);
        Assert.Contains("调整时间节点", timeline[0]);
        Assert.Contains($"改为 2027-06-30 {firstText}", timeline[0]);
        Assert.StartsWith("新增时间节点", timeline[1]);
        Assert.Contains("2027-03-31（每季度） 每季度末报送阶段性评估", timeline[2]);
        Assert.Equal(audited + 3, await AuditedAsync()); // changed, added, removed: each with before and after

        // The page offers the forms to the plan's unit only.
        Assert.Contains("调整时间节点", await (await app.LoginAsync("sfj")).GetStringAsync($"/plans/tasks/{taskId}"));
        Assert.DoesNotContain("调整时间节点",
            await (await app.LoginAsync("scj")).GetStringAsync($"/plans/tasks/{taskId}"));
    }
}
