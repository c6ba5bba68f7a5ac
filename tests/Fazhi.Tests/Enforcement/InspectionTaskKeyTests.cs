using System.Data.Common;
using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.Tests.Enforcement;

/// <summary>A task's two keys (its object; its plan with the plan's agency) hold on both stores — on PostgreSQL
/// checked once per statement rather than row by row — for the bulk write a draw uses, for updates, and against
/// deleting or re-numbering an object or plan a task names.</summary>
public class InspectionTaskKeyTests
{
    [Theory, BothStores]
    public async Task A_task_names_an_existing_object_and_its_agencys_plan_and_neither_goes_while_it_does(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var task = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters().AsNoTracking().FirstAsync());
        var otherUnit = await app.QueryAsync(db => db.Units.Where(u => u.Id != task.UnitId).Select(u => u.Id)
            .FirstAsync());
        var named = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters().Select(t => t.ObjectId)
            .Union(db.InspectionRecusals.IgnoreQueryFilters().Select(r => r.ObjectId)).ToListAsync());
        var unnamed = await app.QueryAsync(db => db.InspectionObjects.IgnoreQueryFilters()
            .Where(o => !named.Contains(o.Id)).OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync());
        var before = await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters().CountAsync());

        Task Write(Func<FazhiDb, Task> write) => app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await write(db);
            await tx.CommitAsync();
        });
        Task Insert(int objectId, int unitId, int objectOfSecond) => Write(db => BulkWriter.InsertDerivedAsync(db,
            [Copy(task, objectId, unitId), Copy(task, objectOfSecond, task.UnitId)]));

        await Assert.ThrowsAnyAsync<DbException>(() => Insert(task.ObjectId, task.UnitId, int.MaxValue));
        await Assert.ThrowsAnyAsync<DbException>(() => Insert(task.ObjectId, otherUnit, task.ObjectId));
        await Assert.ThrowsAnyAsync<DbException>(() => Write(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "InspectionTasks" SET "ObjectId" = {int.MaxValue} WHERE "Id" = {task.Id}""")));
        await Assert.ThrowsAnyAsync<DbException>(() => Write(db => db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "InspectionObjects" WHERE "Id" = {task.ObjectId}""")));
        await Assert.ThrowsAnyAsync<DbException>(() => Write(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "InspectionPlans" SET "UnitId" = {otherUnit} WHERE "Id" = {task.PlanId}""")));
        Assert.Equal(before, await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters().CountAsync()));

        // What the keys allow: tasks naming what exists, and an object no task names going.
        await Insert(task.ObjectId, task.UnitId, unnamed[0]);
        Assert.Equal(before + 2, await app.QueryAsync(db => db.InspectionTasks.IgnoreQueryFilters().CountAsync()));
        var spare = unnamed[1];
        await Write(db => db.Database.ExecuteSqlAsync($"""DELETE FROM "InspectionObjects" WHERE "Id" = {spare}"""));
        Assert.False(await app.QueryAsync(db =>
            db.InspectionObjects.IgnoreQueryFilters().AnyAsync(o => o.Id == spare)));
    }

    static InspectionTask Copy(InspectionTask t, int objectId, int unitId) => new()
    {
        PlanId = t.PlanId, UnitId = unitId, ObjectId = objectId, RiskGrade = t.RiskGrade, DrawnOn = t.DrawnOn,
        CreatedById = t.CreatedById, InspectorIds = t.InspectorIds,
    };
}
