using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Kernel.Matrix;

/// <summary>Every endpoint and page handler in the routing tables, tried as anonymous, read-only, a department clerk
/// and a coordinator, against records of the caller's own unit, a child, a sibling and the parent: each answer is
/// checked against what the caller's role and data scope allow, no answer carries a record the caller may not see,
/// and no request changes a record the caller may not write.</summary>
public partial class PermissionMatrixTests
{
    sealed record Outcome(Probe Probe, Caller Caller, Relation? Relation, HttpStatusCode Status, string? Location,
        string Body)
    {
        public override string ToString() =>
            $"{Caller} {Probe}{(Relation is { } r ? $" [{r}]" : "")} → {(int)Status} {Location}";
    }

    [Theory, BothStores]
    public async Task Every_endpoint_answers_each_caller_as_its_role_and_scope_allow_and_leaks_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var world = await MatrixWorld.BuildAsync(app);
        var probes = await MatrixEndpoints.ReadAsync(app.Services);
        Assert.Contains(probes, p => p.IsPage && p.ById && p.Method == "POST");
        Assert.Contains(probes, p => !p.IsPage && p.ById && p.Method == "POST");
        var fill = await FillersAsync(app, world);
        var auditStart = await app.QueryAsync(db => db.AuditEntries.MaxAsync(a => a.Id));

        // The callers run side by side, each through its own session: what one may do never depends on another's
        // requests, and the store's round trips overlap.
        var outcomes = (await Task.WhenAll(MatrixWorld.Callers.Select(async caller =>
        {
            var (pages, api) = await ClientsAsync(app, caller);
            var token = caller.User is null ? "" : Token(await pages.GetStringAsync("/"));
            var mine = new List<Outcome>();
            // Signing out ends the session the rest of the run uses, so it goes last.
            foreach (var probe in probes.OrderBy(p => p.Route == "/account/logout"))
            foreach (var relation in probe.ById || probe.ByUnit
                         ? Enum.GetValues<Relation>().Select(r => (Relation?)r) : [null])
                mine.Add(await SendAsync(probe.IsPage ? pages : api, probe, caller, relation, world, fill, token));
            return mine;
        }))).SelectMany(o => o).ToList();
        var failures = outcomes.SelectMany(o => Judge(o, world)).ToList();
        failures.AddRange(await WritesOutsideScopeAsync(app, world, auditStart));

        Assert.True(failures.Count == 0,
            $"{failures.Count} 处不符（共 {outcomes.Count} 次请求）：\n{string.Join("\n", failures.Take(200))}");
        // The matrix saw what it should: records in scope were shown, so a leak would have been visible too.
        Assert.Contains(outcomes, o => o.Probe.ById && o.Status == HttpStatusCode.OK && o.Body.Contains("LEAKMARK"));
    }

    /// <summary>What a caller may be told, per rule of the role and the data scope.</summary>
    static IEnumerable<string> Judge(Outcome o, MatrixWorld world)
    {
        var (probe, caller, relation) = (o.Probe, o.Caller, o.Relation);
        var status = (int)o.Status;
        if (status >= 500) yield return $"{o}：服务器错误";
        var visible = caller.User is not null && relation is { } r && world.Sees(caller, r);
        foreach (var ((area, owner), record) in world.Records)
            if (!world.Sees(caller, owner) && o.Body.Contains(record.Marker)
                && !MatrixWorld.Published.Contains(probe.Route))
                yield return $"{o}：泄露了不在其数据范围内的{area}记录（单位{owner}）";
        if (probe.Anonymous) yield break;
        if (caller.User is null)
        {
            if (!(probe.IsPage ? IsRedirectTo(o, "/account/login") : o.Status == HttpStatusCode.Unauthorized))
                yield return $"{o}：匿名访问应被要求登录";
            yield break;
        }
        if (probe.AdminOnly)
        {
            if (!Denied(o)) yield return $"{o}：仅管理员可用，应拒绝";
            yield break;
        }
        if (probe.ById)
        {
            var allowed = probe.Method == "GET" ? visible : visible && caller.Writer;
            if (allowed && (Denied(o) || o.Status == HttpStatusCode.NotFound))
                yield return $"{o}：在其权限内，却被拒绝";
            if (!allowed && !Denied(o) && o.Status != HttpStatusCode.NotFound)
                yield return $"{o}：超出其权限，却未被拒绝";
            if (allowed && probe.Method == "GET" && !o.Body.Contains(world.Records[(world.ResourceOf(probe.Route),
                    world.UnitOf(caller, relation!.Value))].Marker))
                yield return $"{o}：应显示该记录";
        }
        else if (probe.ByUnit && probe.Method == "GET")
        {
            var refused = Denied(o) || o.Body.Contains("超出您的数据权限范围");
            if (visible == refused) yield return visible ? $"{o}：本单位的统计被拒绝" : $"{o}：他单位的统计未被拒绝";
        }
    }

    static bool Denied(Outcome o) =>
        o.Status == HttpStatusCode.Forbidden || IsRedirectTo(o, "/account/denied");

    static bool IsRedirectTo(Outcome o, string path) =>
        o.Status == HttpStatusCode.Redirect && o.Location?.Contains(path) == true;

    /// <summary>No change by a caller to a record outside its write scope (for read-only callers: no change at all)
    /// reached the audit log.</summary>
    static async Task<List<string>> WritesOutsideScopeAsync(TestApp app, MatrixWorld world, long auditStart)
    {
        var written = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Id > auditStart)
            .Select(a => new { a.Actor, a.Entity, a.EntityId }).ToListAsync());
        var failures = new List<string>();
        foreach (var caller in MatrixWorld.Callers)
        {
            var actor = caller.User ?? "anonymous";
            var mine = written.Where(w => w.Actor == actor).ToList();
            if (!caller.Writer && mine.Count > 0)
                failures.Add($"{caller}：只读或匿名，却写入了 {mine[0].Entity} {mine[0].EntityId}");
            failures.AddRange(world.Records
                .Where(r => !world.Sees(caller, r.Key.Unit))
                .Where(r => mine.Any(w => w.Entity == r.Value.Type.Name && w.EntityId == r.Value.Id.ToString()))
                .Select(r => $"{caller}：改动了数据范围外的 {r.Value.Type.Name} {r.Value.Id}"));
        }
        return failures;
    }

    static async Task<(HttpClient Pages, HttpClient Api)> ClientsAsync(TestApp app, Caller caller)
    {
        if (caller.User is null)
        {
            var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            return (anonymous, anonymous);
        }
        return (await app.LoginAsync(caller.User), await app.ClientForAsync(caller.User));
    }

    /// <summary>Values for the query parameters an endpoint requires, by name; a new name fails the run until it is
    /// given one here.</summary>
    static async Task<Dictionary<string, string>> FillersAsync(TestApp app, MatrixWorld world)
    {
        var year = app.Clock.GetLocalNow().Year;
        var key = "";
        await app.WithSystemScopeAsync(async sp =>
        {
            var figures = sp.GetRequiredService<FigureService>();
            var scope = await figures.ScopeAsync(world.Units[(null, Relation.Own)], year, default);
            key = (await figures.AllAsync(scope, default)).First().Key;
        });
        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["year"] = year.ToString(), ["key"] = key, ["rule"] = DeadlineRules.All[0].Key, ["start"] = "2026-03-02",
            ["documentName"] = "v1", ["recordId"] = "1", ["part"] = "Other",
        };
    }

    static async Task<Outcome> SendAsync(HttpClient http, Probe probe, Caller caller, Relation? relation,
        MatrixWorld world, Dictionary<string, string> fill, string token)
    {
        var unit = relation is { } r ? world.UnitOf(caller, r) : (int?)null;
        var path = RouteParameter().Replace(probe.Route, m => m.Groups[1].Value == "id"
            ? world.Records[(world.ResourceOf(probe.Route), unit!.Value)].Id.ToString()
            : fill.GetValueOrDefault(m.Groups[1].Value)
              ?? throw new InvalidOperationException($"权限矩阵不知道如何填写 {probe} 的路由参数 {m.Value}"));
        var query = new List<(string, string)>();
        foreach (var name in probe.Query.Where(n => !n.Equals("unit", StringComparison.OrdinalIgnoreCase)))
            if (fill.GetValueOrDefault(name) is { } value) query.Add((name, value));
            else if (!probe.IsPage)
                throw new InvalidOperationException($"权限矩阵不知道如何填写 {probe} 的必填参数 {name}");
        if (probe.ByUnit) query.Add(("unit", unit!.Value.ToString()));
        if (probe.Handler is not null) query.Add(("handler", probe.Handler));
        var url = path + (query.Count == 0 ? "" : "?" + string.Join("&", query.Select(q => $"{q.Item1}={q.Item2}")));

        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), url);
        if (probe.Method != "GET")
            request.Content = probe.Body switch
            {
                "form" => new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
                "file" => new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.xlsx" } },
                "json" => new StringContent("{}", Encoding.UTF8, "application/json"),
                _ => new StringContent("x", Encoding.UTF8, "text/plain"),
            };
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // A download shows its record by its file name too.
        var download = response.Content.Headers.ContentDisposition is { } d
            ? "\n" + (d.FileNameStar ?? d.FileName) : "";
        return new Outcome(probe, caller, relation, response.StatusCode, response.Headers.Location?.ToString(),
            Readable(bytes) + download);
    }

    /// <summary>The body as text; an Office file (a zip) as the text of all its parts, so exports are searched too.
    /// </summary>
    static string Readable(byte[] bytes)
    {
        if (bytes is not [(byte)'P', (byte)'K', ..]) return Encoding.UTF8.GetString(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    static string Token(string page) =>
        Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
