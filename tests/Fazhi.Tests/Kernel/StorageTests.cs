using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Kernel;

public class StorageTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model() =>
        Assert.False(new SqliteDesignFactory().CreateDbContext([]).Database.HasPendingModelChanges(),
            "模型已改动：请为 SqliteFazhiDb 添加迁移");

    [Fact]
    public void The_postgres_migrations_match_the_model() =>
        Assert.False(new PostgresDesignFactory().CreateDbContext([]).Database.HasPendingModelChanges(),
            "模型已改动：请为 PostgresFazhiDb 添加迁移");

    [Theory, BothStores]
    public async Task Migrating_an_empty_database_creates_the_schema_and_a_second_run_changes_nothing(string provider)
    {
        await using var app = new TestApp(provider);
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await StorageSetup.EnsureSchemaAsync(db);
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.NotEmpty(applied);
            await StorageSetup.EnsureSchemaAsync(db);
            Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await db.Units.CountAsync());
        });
    }

    [Theory]
    [InlineData("Host=db;Database=fazhi", "-c jit=off")]
    [InlineData("Host=db;Database=fazhi;Options=-c statement_timeout=30s", "-c statement_timeout=30s -c jit=off")]
    [InlineData("Host=db;Database=fazhi;Options=-c jit=on", "-c jit=on")] // an operator's own choice stands
    public void PostgreSQL_sessions_run_without_jit_unless_the_connection_string_says(string given, string options) =>
        Assert.Equal(options, new Npgsql.NpgsqlConnectionStringBuilder(StorageSetup.WithoutJit(given)).Options);
}
