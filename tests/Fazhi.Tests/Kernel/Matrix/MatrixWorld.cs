using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Kernel.Matrix;

public enum Relation { Own, Child, Sibling, Parent }

/// <summary>A caller of the matrix: a demo account (null: anonymous), whether its role may write, and whether its data
/// scope reaches below its own unit.</summary>
public sealed record Caller(string Name, string? User, bool Writer, bool Below)
{
    public override string ToString() => Name;
}

/// <summary>The demo county plus a unit below the police and a second county, so that each caller's unit has a child,
/// a sibling and a parent; then, for every record type a feature declares as unit-owned (ScopeFilters.OwnedBy), one
/// copy of a demo record owned by each of those units, its texts replaced by a marker that must never reach a caller
/// who may not see it.</summary>
public sealed class MatrixWorld
{
    public static readonly Caller[] Callers =
    [
        new("匿名", null, false, false),
        new("只读（本单位）", "guest", false, false),
        new("部门经办人（本单位）", "gaj", true, false),
        new("司法局（本级及以下）", "sfj", true, true),
    ];

    /// <summary>Unit ids by caller user (anonymous uses the county's) and relation.</summary>
    public Dictionary<(string?, Relation), int> Units { get; } = [];
    /// <summary>Per record type (its feature's area), the copy owned by each unit: id and marker.</summary>
    public Dictionary<(string Area, int Unit), (Type Type, int Id, string Marker)> Records { get; } = [];
    /// <summary>Unit paths ("/1/2/"), to tell what lies below a caller's unit.</summary>
    public Dictionary<int, string> Paths { get; } = [];

    public int UnitOf(Caller caller, Relation relation) => Units[(caller.User, relation)];

    /// <summary>Whether the caller's data scope shows records owned by the unit: its own unit, or one below it when
    /// the scope reaches down; nothing for anonymous.</summary>
    public bool Sees(Caller caller, int unit)
    {
        if (caller.User is null) return false;
        var home = UnitOf(caller, Relation.Own);
        return unit == home || caller.Below && Paths[unit].StartsWith(Paths[home]);
    }

    public bool Sees(Caller caller, Relation relation) => Sees(caller, UnitOf(caller, relation));

    public static async Task<MatrixWorld> BuildAsync(TestApp app)
    {
        var world = new MatrixWorld();
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            async Task<Unit> Named(string name) => await db.Units.SingleAsync(u => u.Name == name);
            var city = await db.Units.SingleAsync(u => u.DivisionCode == "149900");
            var county = await db.Units.SingleAsync(u => u.DivisionCode == "149901");
            var police = await Named("清河县公安局");
            var station = await AddUnitAsync(db, police, "清河县公安局城关派出所");
            var otherCounty = await AddUnitAsync(db, city, "云岭市清江县人民政府");
            (Unit Own, Unit Child, Unit Sibling, Unit Parent) countyView =
                (county, await Named("清河县司法局"), otherCounty, city);
            (string?, (Unit, Unit, Unit, Unit))[] views =
            [
                (null, countyView), ("guest", countyView), ("sfj", countyView),
                ("gaj", (police, station, await Named("清河县市场监督管理局"), county)),
            ];
            foreach (var (user, (own, child, sibling, parent)) in views)
            {
                world.Units[(user, Relation.Own)] = own.Id;
                world.Units[(user, Relation.Child)] = child.Id;
                world.Units[(user, Relation.Sibling)] = sibling.Id;
                world.Units[(user, Relation.Parent)] = parent.Id;
            }
            foreach (var unit in await db.Units.ToListAsync()) world.Paths[unit.Id] = unit.Path;
            foreach (var (area, owned) in OwnedRecords())
            foreach (var unit in world.Units.Values.Distinct())
            {
                var marker = $"LEAKMARK{world.Records.Count + 1:D3}";
                var id = await CopyAsync(db, owned, unit, marker, type => world.Records
                    .Single(r => r.Key.Unit == unit && r.Value.Type == type).Value.Id);
                world.Records[(area, unit)] = (owned.Type, id, marker);
            }
        });
        return world;
    }

    /// <summary>What each feature declares when it builds its part of the model, by resource: the feature's area,
    /// or — where a feature owns several record types — the area and the route segment of each
    /// ("enforcement/officers" for EnforcementOfficer, "enforcement/file-reviews" for FileReview).</summary>
    public static IEnumerable<(string Area, OwnedRecord Owned)> OwnedRecords()
    {
        foreach (var feature in FeatureCatalog.All)
        {
            var filters = new ScopeFilters(() => true, _ => true, _ => true);
            feature.BuildModel(new ModelBuilder(), filters);
            foreach (var owned in filters.Owned)
                yield return (filters.Owned.Count == 1 || Segment(feature, owned) == ""
                    ? feature.Area : $"{feature.Area}/{Segment(feature, owned)}", owned);
        }
    }

    /// <summary>Record types whose routes are named for what users call them, not for the type; "" for the type
    /// that is the feature's own resource (/plans/{id} a plan).</summary>
    /// <summary>Routes that publish records to everyone by design: the library of normative documents in force
    /// (优化营商环境条例 第64条), whatever unit issued them.</summary>
    public static readonly string[] Published = ["/library/{id:int}", "/api/normative/library"];

    static readonly Dictionary<Type, string> Named = new()
    {
        [typeof(Fazhi.Features.Enforcement.Inspections.InspectionPlan)] = "inspections",
        [typeof(Fazhi.Features.Plans.ImplementationPlan)] = "",
        [typeof(Fazhi.Features.Plans.PlanTask)] = "tasks",
        [typeof(Fazhi.Features.Plans.TaskAssignment)] = "assignments",
        [typeof(Fazhi.Features.Plans.ProgressReport)] = "progress",
        [typeof(Fazhi.Features.Plans.Supervision.SupervisionNotice)] = "supervision",
        [typeof(Fazhi.Features.Rectification.Oversight)] = "",
        [typeof(Fazhi.Features.Rectification.OversightFinding)] = "findings",
        [typeof(Fazhi.Features.Rectification.RectificationItem)] = "items",
        [typeof(Fazhi.Features.Rectification.RectificationEvidence)] = "evidence",
        [typeof(Fazhi.Features.LawReports.LawReport)] = "",
        [typeof(Fazhi.Features.LawReports.DutyList)] = "duties",
        [typeof(Fazhi.Features.Assessment.IndicatorSystem)] = "systems",
        [typeof(Fazhi.Features.Assessment.Indicator)] = "indicators",
        [typeof(Fazhi.Features.Assessment.UnitAssessment)] = "",
        [typeof(Fazhi.Features.Assessment.AssessmentScore)] = "scores",
        [typeof(Fazhi.Features.Assessment.AssessmentEvidence)] = "evidence",
        [typeof(Fazhi.Features.AnnualReport.YearReport)] = "",
        [typeof(Fazhi.Features.Decisions.MajorDecision)] = "",
        [typeof(Fazhi.Features.Decisions.DecisionDirectory)] = "directories",
        [typeof(Fazhi.Features.Decisions.DirectoryItem)] = "items",
        [typeof(Fazhi.Features.Decisions.DecisionDocument)] = "documents",
        [typeof(Fazhi.Features.Disputes.DisputeCase)] = "",
        [typeof(Fazhi.Features.Disputes.MediationOrganisation)] = "organisations",
        [typeof(Fazhi.Features.Disputes.Mediator)] = "mediators",
        [typeof(Fazhi.Features.Normative.NormativeDocument)] = "",
        [typeof(Fazhi.Features.Normative.CleanupCampaign)] = "cleanups",
        [typeof(Fazhi.Features.Normative.CleanupEntry)] = "verdicts",
    };

    /// <summary>The type's name less the feature's area, in kebab case and plural: EnforcementOfficer is
    /// "officers", InspectionObject "inspection-objects".</summary>
    static string Segment(IFeature feature, OwnedRecord owned)
    {
        if (Named.TryGetValue(owned.Type, out var named)) return named;
        var name = owned.Type.Name;
        if (name.StartsWith(feature.Area, StringComparison.OrdinalIgnoreCase)) name = name[feature.Area.Length..];
        return Regex.Replace(name, "(?<=.)([A-Z])", "-$1").ToLowerInvariant() + "s";
    }

    /// <summary>The resource a route reads or writes: "/api/enforcement/powers/{id}" is enforcement/powers when that
    /// is a resource, otherwise the area alone; the public library's pages show normative documents.</summary>
    public string ResourceOf(string route)
    {
        var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "api").ToList();
        if (segments.Count == 0) return "";
        if (segments[0] == "library") return "normative";
        var nested = segments.Count > 1 ? $"{segments[0]}/{segments[1]}" : null;
        return nested is not null && Records.Keys.Any(k => k.Area == nested) ? nested : segments[0];
    }

    static async Task<Unit> AddUnitAsync(FazhiDb db, Unit parent, string name)
    {
        var unit = new Unit { Name = name, Kind = UnitKind.Department, ParentId = parent.Id, Path = "/" };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = parent.Path + unit.Id + "/";
        await db.SaveChangesAsync();
        return unit;
    }

    /// <summary>Copies the first demo record of the type, owned by the unit in every owner column, created by nobody
    /// in particular, its free texts replaced by the marker. A key that holds the owner with the parent's id (a
    /// task's plan and agency) names the copy of the parent owned by the same unit, copied before it.</summary>
    static async Task<int> CopyAsync(FazhiDb db, OwnedRecord owned, int unit, string marker, Func<Type, int> copyOf)
    {
        var entity = db.Model.FindEntityType(owned.Type)!;
        var query = (IQueryable<object>)typeof(FazhiDb).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
            .MakeGenericMethod(owned.Type).Invoke(db, null)!;
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var source = await query.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync()
                     ?? throw new InvalidOperationException($"{owned.Type.Name} 没有演示数据可供权限矩阵复制");
        var copy = Activator.CreateInstance(owned.Type)!;
        foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null && !p.IsPrimaryKey()))
        {
            var value = property.PropertyInfo!.GetValue(source);
            if (owned.UnitProperties.Contains(property.Name)) value = unit;
            else if (property.Name == owned.CreatedByProperty) value = null;
            else if (value is string text && !property.IsForeignKey() && !text.StartsWith('[') && !text.StartsWith('{'))
                value = marker;
            property.PropertyInfo.SetValue(copy, value);
        }
        foreach (var fk in entity.GetForeignKeys().Where(k => k.Properties.Count > 1
                     && k.Properties.Any(p => owned.UnitProperties.Contains(p.Name))))
            foreach (var p in fk.Properties.Where(p => !owned.UnitProperties.Contains(p.Name)))
                p.PropertyInfo!.SetValue(copy, copyOf(fk.PrincipalEntityType.ClrType));
        db.Add(copy);
        await db.SaveChangesAsync();
        return Convert.ToInt32(key.PropertyInfo!.GetValue(copy));
    }
}
