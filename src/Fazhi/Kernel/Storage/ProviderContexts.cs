using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Audit;

namespace Fazhi.Kernel.Storage;

/// <summary>FazhiDb on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteFazhiDb(DbContextOptions<SqliteFazhiDb> options, ScopeAccessor scope, AuditKey key)
    : FazhiDb(options, scope, key);

/// <summary>FazhiDb on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresFazhiDb(DbContextOptions<PostgresFazhiDb> options, ScopeAccessor scope, AuditKey key)
    : FazhiDb(options, scope, key);

/// <summary>Migrations are generated without writing audit links, so any key serves.</summary>
static class DesignTime
{
    public static readonly AuditKey Key = new(new byte[32], "design time");
}

/// <summary>For `dotnet ef migrations add … --context SqliteFazhiDb`.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteFazhiDb>
{
    public SqliteFazhiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFazhiDb>().UseSqlite("Data Source=design-time.db").Options,
            new ScopeAccessor(), DesignTime.Key);
}

/// <summary>For `dotnet ef migrations add … --context PostgresFazhiDb` (no server is contacted).</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresFazhiDb>
{
    public PostgresFazhiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFazhiDb>().UseNpgsql("Host=localhost;Database=fazhi_design").Options,
            new ScopeAccessor(), DesignTime.Key);
}
