using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Fazhi.Tests;

/// <summary>The demo county built once per store, clock day and settings, and copied into each test's database:
/// a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL. Building the county takes seconds and a hundred
/// tests start from it; a copy gives each the same county its own build would have.</summary>
static class DemoTemplates
{
    static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Built = new();
    static readonly ConcurrentBag<(string Provider, string Conn)> ToRemove = [];

    static DemoTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    /// <summary>The connection string of a template holding the county as <paramref name="app"/> would build it.
    /// </summary>
    public static Task<string> ForAsync(TestApp app)
    {
        var key = string.Join('|', [app.Provider, app.Clock.Now.ToString("yyyy-MM-dd"),
            .. app.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")]);
        var now = app.Clock.Now;
        var settings = new Dictionary<string, string>(app.Settings);
        return Built.GetOrAdd(key, _ => new Lazy<Task<string>>(() => BuildAsync(app.Provider, now, settings))).Value;
    }

    static async Task<string> BuildAsync(string provider, DateTimeOffset now, Dictionary<string, string> settings)
    {
        await using var template = new TestApp(provider) { KeepDatabase = true };
        template.Clock.Now = now;
        foreach (var (key, value) in settings) template.Settings[key] = value;
        await template.BuildDemoAsync();
        ToRemove.Add((provider, template.ConnectionString));
        return template.ConnectionString;
    }

    /// <summary>Ends the pooled connections of a template, which PostgreSQL requires before copying it and SQLite
    /// before its file is complete without the write-ahead log.</summary>
    public static void Release(string provider, string conn)
    {
        if (provider == "postgres")
        {
            using var admin = new NpgsqlConnection(TestApp.PgConn);
            admin.Open();
            using var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity " +
                "WHERE datname = @name AND pid <> pg_backend_pid()", admin);
            end.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(conn).Database!);
            end.ExecuteNonQuery();
        }
        else
        {
            using var connection = new SqliteConnection(conn);
            SqliteConnection.ClearPool(connection);
        }
    }

    public static async Task CopyAsync(string provider, string template, string target)
    {
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(TestApp.PgConn);
            await admin.OpenAsync();
            var from = new NpgsqlConnectionStringBuilder(template).Database;
            var to = new NpgsqlConnectionStringBuilder(target).Database;
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{to}\" TEMPLATE \"{from}\"", admin);
            // A terminated backend of the template may take a moment to leave.
            for (var attempt = 1; ; attempt++)
            {
                try { await create.ExecuteNonQueryAsync(); return; }
                catch (PostgresException e) when (e.SqlState == "55006" && attempt < 10) { await Task.Delay(200); }
            }
        }
        var source = new SqliteConnectionStringBuilder(template).DataSource;
        var copy = new SqliteConnectionStringBuilder(target).DataSource;
        foreach (var suffix in new[] { "", "-wal" })
            if (File.Exists(source + suffix)) File.Copy(source + suffix, copy + suffix);
    }

    static void RemoveAll()
    {
        foreach (var (provider, conn) in ToRemove)
        {
            try
            {
                if (provider == "postgres")
                {
                    using var admin = new NpgsqlConnection(TestApp.PgConn);
                    admin.Open();
                    var name = new NpgsqlConnectionStringBuilder(conn).Database;
                    using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                    drop.ExecuteNonQuery();
                }
                else
                {
                    var file = new SqliteConnectionStringBuilder(conn).DataSource;
                    foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                }
            }
            catch (Exception e) when (e is NpgsqlException or IOException)
            {
                // The throwaway server may already be gone at exit; a left-over temp file harms nothing.
            }
        }
    }
}
