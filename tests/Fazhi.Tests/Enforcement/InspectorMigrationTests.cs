using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.Enforcement;

/// <summary>Moving a drawn task's officers from rows of their own onto the task loses none of them, either way: a
/// store upgraded with plans already drawn keeps every team.</summary>
public class InspectorMigrationTests
{
    [Theory, BothStores]
    public async Task Drawn_teams_survive_the_move_onto_the_task_and_back(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var teams = await TeamsAsync(app);
        Assert.NotEmpty(teams);
        Assert.All(teams.Values, t => Assert.Equal(2, t.Length));
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var migrations = db.Database.GetMigrations().ToList();
            var move = migrations.FindIndex(m => m.EndsWith("_DrawTasksAndTestingPeriods", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[move - 1]);
            var rows = await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM \"InspectionTaskInspectors\"").SingleAsync();
            Assert.Equal(teams.Values.Sum(t => t.Length), rows);
            await migrator.MigrateAsync(migrations[^1]);
        });
        Assert.Equal(teams, await TeamsAsync(app));
    }

    static async Task<Dictionary<int, int[]>> TeamsAsync(TestApp app) =>
        await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters()
            .ToDictionaryAsync(t => t.Id, t => t.InspectorIds));
}
