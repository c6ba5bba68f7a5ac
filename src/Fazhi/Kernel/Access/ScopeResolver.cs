using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Access;

/// <summary>Turns a user's roles into one DataScope: the union of each role's scope.</summary>
public static class ScopeResolver
{
    public static async Task<DataScope> ResolveAsync(FazhiDb db, AppUser user, CancellationToken ct = default)
    {
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r).ToListAsync(ct);
        var units = new HashSet<int>();
        string? self = null;
        var own = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == user.UnitId, ct);
        foreach (var role in roles)
        {
            switch (role.Scope)
            {
                case DataScopeKind.All: return new DataScope(true, [], null, user.UserName!);
                case DataScopeKind.OwnUnit: units.Add(user.UnitId); break;
                case DataScopeKind.OwnUnitAndBelow when own is not null:
                    units.UnionWith(await db.Units
                        .Where(u => u.Path.StartsWith(own.Path))
                        .Select(u => u.Id)
                        .ToListAsync(ct));
                    break;
                case DataScopeKind.CustomUnits:
                    units.UnionWith((role.CustomUnitIds ?? "")
                        .Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Select(int.Parse));
                    break;
                case DataScopeKind.OnlySelf: self = user.Id; break;
            }
        }
        // A union that covers every unit is 全部: the query filter then costs nothing.
        if (units.Count > 0 && units.Count == await db.Units.CountAsync(ct))
            return new DataScope(true, [], null, user.UserName!);
        return new DataScope(false, units.Order().ToArray(), self, user.UserName!, user.UnitId);
    }
}
