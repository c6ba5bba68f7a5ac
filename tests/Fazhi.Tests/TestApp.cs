using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Demo;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests;

/// <summary>The application over a fresh database of its own: a SQLite file, or a new database on the throwaway
/// PostgreSQL (PG_CONN).</summary>
public class TestApp : WebApplicationFactory<Program>
{
    public static readonly string? PgConn = Environment.GetEnvironmentVariable("PG_CONN");

    public string Provider { get; }
    readonly string _conn;
    readonly string? _file;

    /// <param name="provider">"sqlite" or "postgres"; tests take it from [BothStores].</param>
    public TestApp(string provider)
    {
        Provider = provider;
        if (provider == "postgres")
        {
            Assert.SkipWhen(PgConn is null, "PG_CONN 未设置：PostgreSQL 测试由 scripts/test.sh 启动临时服务器后运行");
            _conn = new Npgsql.NpgsqlConnectionStringBuilder(PgConn)
            {
                Database = "fazhi_" + Guid.NewGuid().ToString("N")[..12],
            }.ConnectionString;
        }
        else
        {
            _file = Path.Combine(Path.GetTempPath(), $"fazhi-test-{Guid.NewGuid():N}.db");
            _conn = $"Data Source={_file}";
        }
    }

    /// <summary>Another node of <paramref name="first"/>: its own host and clock over the same database, which stays
    /// the first node's to remove.</summary>
    TestApp(TestApp first)
    {
        Provider = first.Provider;
        _conn = first._conn;
        _otherNode = true;
        Clock.Now = first.Clock.GetUtcNow();
        foreach (var (key, value) in first.Settings) Settings[key] = value;
    }

    readonly bool _otherNode;

    public TestApp AnotherNode() => new(this);

    /// <summary>The application's clock; tests move it to see deadlines come due. It starts on one fixed day, so
    /// that a test is the same on every day it runs and most tests share one demo county
    /// (<see cref="DemoTemplates"/>).</summary>
    public TestClock Clock { get; } = new(TestClock.DemoDay);

    /// <summary>Configuration overrides, e.g. a different correction-rate convention.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    bool _hostBuilt;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _hostBuilt = true;
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        // The scheduler fires on the wall clock, not on this one: only the tests of scheduling start it.
        builder.UseSetting("Scheduling:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseSetting("Storage:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Fazhi", _conn);
        builder.UseSetting("Serilog:MinimumLevel:Default",
            Environment.GetEnvironmentVariable("FAZHI_TEST_LOG") ?? "Warning");
        builder.UseEnvironment("Development");
    }

    /// <summary>Schema plus the demo county, as `fazhi demo` builds it. The county is built once per store, day and
    /// settings and copied into each test's own database (<see cref="DemoTemplates"/>), unless the application has
    /// already started on its database.</summary>
    public async Task<TestApp> WithDemoAsync()
    {
        if (_hostBuilt) return await BuildDemoAsync();
        var template = await DemoTemplates.ForAsync(this);
        await DemoTemplates.CopyAsync(Provider, template, _conn);
        return this;
    }

    internal string ConnectionString => _conn;

    /// <summary>Keeps the database at disposal: it is a template other tests copy.</summary>
    internal bool KeepDatabase { get; set; }

    internal async Task<TestApp> BuildDemoAsync()
    {
        await WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await StorageSetup.EnsureSchemaAsync(db);
            await DemoCounty.BuildAsync(sp, reset: false);
        });
        return this;
    }

    public async Task WithSystemScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeAccessor>().Scope = DataScope.System("test");
        await work(scope.ServiceProvider);
    }

    public async Task<T> QueryAsync<T>(Func<FazhiDb, Task<T>> query)
    {
        T result = default!;
        await WithSystemScopeAsync(async sp => result = await query(sp.GetRequiredService<FazhiDb>()));
        return result;
    }

    /// <summary>An HttpClient authenticated with a personal token of the named demo user.</summary>
    /// <remarks>The token outlives the clock moves of deadline tests unless a lifetime is given.</remarks>
    public async Task<HttpClient> ClientForAsync(string userName, TimeSpan? lifetime = null)
    {
        var token = await QueryAsync(async db =>
            await PersonalTokens.CreateAsync(db, await db.Users.SingleAsync(u => u.UserName == userName), "test",
                Clock.GetUtcNow().UtcDateTime, lifetime ?? TimeSpan.FromDays(3650)));
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A cookie client logged in through the login form, as a browser would be.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = DemoCounty.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/account/login",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"登录失败：{userName}");
        return client;
    }

    /// <summary>Posts a page's form with the antiforgery token the page handed out.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var page = await client.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(
            page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(
            handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(body));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_otherNode)
        {
            GC.SuppressFinalize(this);
            return;
        }
        if (KeepDatabase)
        {
            DemoTemplates.Release(Provider, _conn);
            GC.SuppressFinalize(this);
            return;
        }
        // Dropped over a connection of its own, so that an app that never started (a test of a failing start)
        // still leaves no database behind.
        if (Provider == "postgres")
        {
            var name = new Npgsql.NpgsqlConnectionStringBuilder(_conn).Database;
            await using var admin = new Npgsql.NpgsqlConnection(PgConn);
            await admin.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The day most tests run on. Half a second past the full second, as a real clock always is: a cookie
    /// keeps its issue time to the second, and a session is checked against its user only once time has passed
    /// since then.</summary>
    public static readonly DateTimeOffset DemoDay = DateTimeOffset.Parse("2026-11-26T09:00:00.5Z");

    readonly System.Diagnostics.Stopwatch _running = new();

    /// <summary>The time the clock shows: still unless <see cref="Run"/> set it going.</summary>
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now + _running.Elapsed;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Stops the clock at 09:00 of the day.</summary>
    public void Set(string date)
    {
        Now = DateTimeOffset.Parse(date + "T09:00:00Z");
        _running.Reset();
    }

    /// <summary>Lets the clock go on from where it stands at the pace of real time, as a scheduler needs it to.
    /// </summary>
    public void Run() => _running.Start();
}
