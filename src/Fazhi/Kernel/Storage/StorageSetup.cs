using Microsoft.EntityFrameworkCore;

namespace Fazhi.Kernel.Storage;

/// <summary>Provider choice: SQLite file under ./data unless Storage:Provider is "postgres" with ConnectionStrings:Fazhi.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddFazhiStorage(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Storage:Provider"] ?? "sqlite";
        var conn = config.GetConnectionString("Fazhi");
        if (provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var pg = conn ?? throw new InvalidOperationException("Storage:Provider=postgres 需要 ConnectionStrings:Fazhi");
            return services.AddDbContext<FazhiDb, PostgresFazhiDb>(o => o.UseNpgsql(pg));
        }
        if (conn is null)
        {
            Directory.CreateDirectory("data");
            conn = "Data Source=data/fazhi.db";
        }
        return services.AddDbContext<FazhiDb, SqliteFazhiDb>(o => o.UseSqlite(conn));
    }

    /// <summary>Applies the provider's pending migrations (the `migrate` verb and every start call this).</summary>
    public static async Task EnsureSchemaAsync(FazhiDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
