using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement;

/// <summary>The 权责清单 in and out of Excel, in the columns agencies' sheets carry.</summary>
public static class PowerExchange
{
    public static readonly string[] Columns =
        ["执法单位", "事项编码", "事项名称", "权力类型", "设定依据"];
    static readonly string[] Required = ["执法单位", "事项名称", "权力类型", "设定依据"];

    public static async Task ExportAsync(IQueryable<EnforcementPower> powers, Stream output)
    {
        var rows = (await powers.ToListAsync()).Select(p => new Dictionary<string, object?>
        {
            ["执法单位"] = p.Unit?.Name, ["事项编码"] = p.Code, ["事项名称"] = p.Name,
            ["权力类型"] = PowerRules.KindLabels[p.Kind], ["设定依据"] = p.LegalBasis,
        }).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, sheetName: "权责清单", excelType: ExcelType.XLSX);
    }

    /// <summary>All or nothing: every bad row is reported with row and column, and a file with any error saves
    /// nothing.</summary>
    public static async Task<ImportResult> ImportAsync(
        IServiceProvider sp, Stream input, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        var svc = sp.GetRequiredService<PowerService>();
        var sheet = SheetReader.Open(input, Required);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "项", errors);
        var agencies = await UnitColumn.LoadAsync(db, ct);
        var seen = new Dictionary<(int, string), int>();
        var powers = new List<EnforcementPower>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var unitId = agencies.Resolve(cells, "执法单位", row, errors);
            var kindText = SheetReader.Text(cells, "权力类型") ?? "";
            var kind = PowerRules.KindOf(kindText);
            if (kind is null)
            {
                var allowed = string.Join("、", PowerRules.KindLabels.Values);
                errors.Add(new RowError(row, "权力类型",
                    $"“{kindText}”不是权力类型，应为{allowed}之一"));
            }
            if (errors.Count > before) continue;
            var p = new EnforcementPower
            {
                UnitId = unitId, Code = SheetReader.Text(cells, "事项编码"),
                Name = SheetReader.Text(cells, "事项名称") ?? "",
                Kind = kind!.Value, LegalBasis = SheetReader.Text(cells, "设定依据") ?? "",
                CreatedById = db.Scope.OwnUserId,
            };
            try
            {
                PowerRules.Validate(p);
                await svc.EnsureUniqueAsync(p, ct);
                if (seen.TryGetValue((p.UnitId, p.Name), out var first))
                    throw new DomainException(nameof(p.Name), $"事项名称与第{first}行重复");
                seen[(p.UnitId, p.Name)] = row;
                powers.Add(p);
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
        }
        if (errors.Count > 0) return new ImportResult(0, "项", errors);
        db.EnforcementPowers.AddRange(powers);
        await db.SaveChangesAsync(ct);
        return new ImportResult(powers.Count, "项", errors);
    }

    static string ColumnOf(string field) => field switch
    {
        nameof(EnforcementPower.Code) => "事项编码",
        nameof(EnforcementPower.LegalBasis) => "设定依据",
        _ => "事项名称",
    };
}
