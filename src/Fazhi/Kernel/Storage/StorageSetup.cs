using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Audit;

namespace Fazhi.Kernel.Storage;

/// <summary>Provider choice: SQLite file under ./data unless Storage:Provider is "postgres" with
/// ConnectionStrings:Fazhi.</summary>
public static class StorageSetup
{
    /// <summary>A list of ids (a data scope, a subtree) goes to the store as one array parameter (= ANY / json_each),
    /// not as thousands of scalar parameters, which EF 10 does by default and which makes plans slow and
    /// uncacheable.</summary>
    const ParameterTranslationMode OneParameter = ParameterTranslationMode.Parameter;

    public static IServiceCollection AddFazhiStorage(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(_ => AuditKey.FromConfiguration(config));
        var (postgres, conn) = Connection(config);
        return postgres
            ? services.AddDbContext<FazhiDb, PostgresFazhiDb>(o =>
                o.UseNpgsql(WithoutJit(conn), x => x.UseParameterizedCollectionMode(OneParameter)))
            : services.AddDbContext<FazhiDb, SqliteFazhiDb>(o =>
                o.UseSqlite(conn, x => x.UseParameterizedCollectionMode(OneParameter)));
    }

    /// <summary>The configured store and its connection string; the SQLite default is ./data/fazhi.db.</summary>
    public static (bool Postgres, string Conn) Connection(IConfiguration config)
    {
        var conn = config.GetConnectionString("Fazhi");
        if ((config["Storage:Provider"] ?? "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase))
            return (true, conn ?? throw new InvalidOperationException("Storage:Provider=postgres 需要 " +
                "ConnectionStrings:Fazhi"));
        if (conn is not null) return (false, conn);
        Directory.CreateDirectory("data");
        return (false, "Data Source=data/fazhi.db");
    }

    /// <summary>The connection string with PostgreSQL's JIT compilation off, unless it sets jit itself. A year's
    /// figures over millions of cases cost enough to be compiled, which takes about 100 ms a query and made none of
    /// these aggregates faster (bench/commentary.md).</summary>
    public static string WithoutJit(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (b.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
            b.Options = string.Join(' ', new[] { b.Options, "-c jit=off" }.Where(o => !string.IsNullOrWhiteSpace(o)));
        return b.ConnectionString;
    }

    /// <summary>Applies the provider's pending migrations (the `migrate` verb and every start call this).</summary>
    public static async Task EnsureSchemaAsync(FazhiDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
