using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Units;

public sealed record UnitImportReport(int Added, int Updated, List<RowError> Errors)
{
    public string Summary => Errors.Count == 0
        ? $"导入成功：新增{Added}个单位，更新{Updated}个单位"
        : SheetReader.FailureSummary(Errors);
}

/// <summary>The unit tree in and out of Excel. A row whose name already stands under the same parent updates that unit,
/// so an exported sheet imports back unchanged; a parent is named by name or code, and must exist or come earlier in
/// the sheet.</summary>
public static class UnitExchange
{
    public static readonly string[] Columns = ["单位名称", "类型", "上级单位", "行政区划代码",
        "统一社会信用代码", "排序"];
    static readonly string[] Required = ["单位名称", "类型", "上级单位"];

    public static async Task ExportAsync(FazhiDb db, Stream output)
    {
        var units = await db.Units.AsNoTracking().ToListAsync();
        var byId = units.ToDictionary(u => u.Id);
        var rows = TreeOrder(units).Select(u => new Dictionary<string, object?>
        {
            ["单位名称"] = u.Name, ["类型"] = Unit.KindLabel(u.Kind),
            ["上级单位"] = u.ParentId is { } p ? byId[p].Name : null,
            ["行政区划代码"] = u.DivisionCode, ["统一社会信用代码"] = u.CreditCode,
                ["排序"] = u.SortOrder,
        }).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, sheetName: "单位", excelType: ExcelType.XLSX);
    }

    /// <summary>Children right under their parent, siblings in SortOrder.</summary>
    public static List<Unit> TreeOrder(IReadOnlyCollection<Unit> units)
    {
        var order = units.ToDictionary(u => u.Id, u => u.SortOrder);
        return units
            .OrderBy(u => string.Concat(u.Path.Trim('/').Split('/')
                .Select(id => order[int.Parse(id)].ToString("D6") + id.PadLeft(9, '0'))))
            .ToList();
    }

    public static async Task<UnitImportReport> ImportAsync(FazhiDb db, Stream input, CancellationToken ct = default)
    {
        var sheet = SheetReader.Open(input, Required);
        if (sheet.Errors.Count > 0) return new UnitImportReport(0, 0, sheet.Errors);
        var errors = sheet.Errors;
        var existing = await db.Units.ToListAsync(ct);
        var known = existing.ToList();
        var byId = existing.ToDictionary(u => u.Id);
        var parentOf = existing.ToDictionary(u => u, u => u.ParentId is { } p ? byId[p] : null);
        var pending = new List<(Unit Unit, Unit? Parent)>();
        var seen = new HashSet<Unit>();
        var updated = 0;

        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var name = SheetReader.Text(cells, "单位名称");
            if (name is null) errors.Add(new RowError(row, "单位名称", "必填"));
            var kindText = SheetReader.Text(cells, "类型");
            UnitKind? kind = Enum.GetValues<UnitKind>().Cast<UnitKind?>()
                .FirstOrDefault(k => Unit.KindLabel(k!.Value) == kindText);
            if (kind is null)
                errors.Add(new RowError(row, "类型",
                    $"“{kindText}”不是可选值（可选" +
                        $"：{string.Join("、", Enum.GetValues<UnitKind>().Select(Unit.KindLabel))}）"));
            var division = SheetReader.Text(cells, "行政区划代码");
            if (division is not null && NationalCodes.DivisionCodeError(division) is { } de)
                errors.Add(new RowError(row, "行政区划代码", de));
            if (division is null && kind == UnitKind.Government)
                errors.Add(new RowError(row, "行政区划代码", "人民政府须填写6位行政区划代码"));
            var credit = SheetReader.Text(cells, "统一社会信用代码")?.ToUpperInvariant();
            if (credit is not null && NationalCodes.CreditCodeError(credit) is { } ce)
                errors.Add(new RowError(row, "统一社会信用代码", ce));
            var sort = SheetReader.Number(cells, "排序", row, errors);

            Unit? parent = null;
            var parentText = SheetReader.Text(cells, "上级单位");
            if (parentText is not null)
            {
                var matches = known
                    .Where(u => u.Name == parentText || u.CreditCode == parentText || u.DivisionCode == parentText)
                    .ToList();
                if (matches.Count == 0) errors.Add(new RowError(row, "上级单位",
                    $"找不到上级单位“{parentText}”（须已存在或在本表前面的行中）"));
                else if (matches.Count > 1) errors.Add(new RowError(row, "上级单位",
                    $"“{parentText}”对应多个单位，请改填其统一社会信用代码"));
                else parent = matches[0];
            }
            else if (parentOf.Any(kv => kv.Value is null && kv.Key.Name != name))
                errors.Add(new RowError(row, "上级单位",
                    "单位树只能有一个根单位，请填写上级单位"));
            if (errors.Count > before) continue;

            var unit = known.FirstOrDefault(u => u.Name == name && parentOf[u] == parent);
            if (credit is not null && known.FirstOrDefault(u => u.CreditCode == credit) is { } holder && holder != unit)
            {
                errors.Add(new RowError(row, "统一社会信用代码", $"与“{holder.Name}”的代码重复"));
                continue;
            }
            if (unit is not null && !seen.Add(unit))
            {
                errors.Add(new RowError(row, "单位名称", $"“{name}”在本表中重复"));
                continue;
            }
            if (unit is null)
            {
                unit = new Unit { Name = name! };
                pending.Add((unit, parent));
                known.Add(unit);
                parentOf[unit] = parent;
                seen.Add(unit);
            }
            else updated++;
            unit.Kind = kind!.Value;
            unit.DivisionCode = division;
            unit.CreditCode = credit;
            unit.SortOrder = (int)(sort ?? unit.SortOrder);
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear(); // the rows already applied to tracked units must not reach a later save
            return new UnitImportReport(0, 0, errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (unit, _) in pending) db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        // Ids exist now: link parents and set paths in sheet order (a parent always comes first).
        foreach (var (unit, parent) in pending)
        {
            unit.ParentId = parent?.Id;
            unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new UnitImportReport(pending.Count, updated, errors);
    }
}
