using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Exchange;

/// <summary>A sheet column that names a unit: found by its exact name, unique, and (for the unit that will own the
/// record) one the caller may register records for; otherwise the row gets an error naming the column.</summary>
public sealed class UnitColumn
{
    readonly Dictionary<string, List<int>> byName;
    readonly DataScope scope;

    UnitColumn(Dictionary<string, List<int>> byName, DataScope scope) => (this.byName, this.scope) = (byName, scope);

    public static async Task<UnitColumn> LoadAsync(FazhiDb db, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return new UnitColumn(units.GroupBy(u => u.Name).ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToList()),
            db.Scope);
    }

    /// <summary>The unit's id, or 0 with an error added. A unit named but not owning the record (a 被申请人) need
    /// not be in scope.</summary>
    public int Resolve(IDictionary<string, object?> cells, string column, int row, List<RowError> errors,
        bool owner = true)
    {
        var name = SheetReader.Text(cells, column);
        if (name is null) errors.Add(new RowError(row, column, "必填"));
        else if (!byName.TryGetValue(name, out var ids))
            errors.Add(new RowError(row, column, $"找不到单位“{name}”"));
        else if (ids.Count > 1) errors.Add(new RowError(row, column, $"单位名称“{name}”不唯一"));
        else if (owner && !scope.CanRegisterFor(ids[0]))
            errors.Add(new RowError(row, column, "超出您的数据权限范围"));
        else return ids[0];
        return 0;
    }
}
