using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>The 检查对象名录库 in and out of Excel. A registry is large, so an import looks its codes up in one
/// query and writes by the bulk path.</summary>
public static class ObjectExchange
{
    public static readonly string[] Columns =
        ["执法单位", "名称", "类型", "统一社会信用代码", "风险等级", "地址"];
    static readonly string[] Required = ["执法单位", "名称", "类型", "风险等级"];

    public static async Task ExportAsync(IQueryable<InspectionObject> objects, Stream output)
    {
        var rows = (await objects.ToListAsync()).Select(o => new Dictionary<string, object?>
        {
            ["执法单位"] = o.Unit?.Name, ["名称"] = o.Name, ["类型"] = InspectionLabels.Kind[o.Kind],
            ["统一社会信用代码"] = o.CreditCode, ["风险等级"] = o.RiskGrade.ToString(),
            ["地址"] = o.Address,
        }).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, sheetName: "检查对象名录库", excelType: ExcelType.XLSX);
    }

    /// <summary>All or nothing: every bad row is reported with row and column, and a file with any error saves
    /// nothing.</summary>
    public static async Task<ImportResult> ImportAsync(IServiceProvider sp, Stream input,
        CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        var svc = sp.GetRequiredService<ObjectService>();
        var sheet = SheetReader.Open(input, Required);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "个", errors);
        var agencies = await UnitColumn.LoadAsync(db, ct);
        var codes = sheet.Rows.Select(r => SheetReader.Text(r.Cells, "统一社会信用代码")?.ToUpperInvariant());
        var existing = await svc.ExistingCodesAsync(codes.OfType<string>(), ct);
        var seen = new Dictionary<(int, string), int>();
        var objects = new List<InspectionObject>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var unitId = agencies.Resolve(cells, "执法单位", row, errors);
            var kind = Choice(cells, "类型", InspectionLabels.KindOf, InspectionLabels.Kind, row, errors);
            var grade = Choice(cells, "风险等级", InspectionLabels.GradeOf, InspectionLabels.Grade, row, errors);
            if (errors.Count > before) continue;
            var o = new InspectionObject
            {
                UnitId = unitId, Name = SheetReader.Text(cells, "名称") ?? "", Kind = kind!.Value,
                CreditCode = SheetReader.Text(cells, "统一社会信用代码"), RiskGrade = grade!.Value,
                Address = SheetReader.Text(cells, "地址"), CreatedById = db.Scope.OwnUserId,
            };
            try
            {
                InspectionRules.ValidateObject(o);
                // Looked up only for a unit the caller may register for (UnitColumn refused the others above), so a
                // row never tells what another agency's registry holds.
                if (o.CreditCode is { } code)
                {
                    if (existing.Contains((o.UnitId, code)))
                        throw new DomainException(nameof(o.CreditCode), ObjectService.Duplicate(code));
                    if (seen.TryGetValue((o.UnitId, code), out var first))
                        throw new DomainException(nameof(o.CreditCode),
                            $"统一社会信用代码与第{first}行重复");
                    seen[(o.UnitId, code)] = row;
                }
                objects.Add(o);
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
        }
        if (errors.Count > 0) return new ImportResult(0, "个", errors);
        await BulkWriter.InsertAsync(db, objects, ct);
        return new ImportResult(objects.Count, "个", errors);
    }

    static T? Choice<T>(IDictionary<string, object?> cells, string column, Func<string, T?> parse,
        Dictionary<T, string> labels, int row, List<RowError> errors) where T : struct, Enum
    {
        var text = SheetReader.Text(cells, column);
        var value = text is null ? null : parse(text.ToUpperInvariant());
        if (value is null)
            errors.Add(new RowError(row, column, text is null ? "必填"
                : $"“{text}”无法识别，应为{string.Join("、", labels.Values)}之一"));
        return value;
    }

    static string ColumnOf(string field) => field switch
    {
        nameof(InspectionObject.CreditCode) => "统一社会信用代码",
        nameof(InspectionObject.Address) => "地址",
        _ => "名称",
    };
}
