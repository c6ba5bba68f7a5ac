using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement;

/// <summary>The officers' 台账 in and out of Excel, in the columns agencies keep. The export masks 身份证号
/// .</summary>
public static class OfficerExchange
{
    public static readonly string[] Columns =
        ["执法单位", "姓名", "身份证号", "执法证号", "有效期至", "状态"];
    static readonly string[] Required = ["执法单位", "姓名", "身份证号", "执法证号", "有效期至"];

    public static async Task ExportAsync(IQueryable<EnforcementOfficer> officers, Stream output)
    {
        var rows = (await officers.ToListAsync()).Select(o => new Dictionary<string, object?>
        {
            ["执法单位"] = o.Unit?.Name, ["姓名"] = o.Name, ["身份证号"] = OfficerRules.Masked(o.IdNumber),
            ["执法证号"] = o.CertificateNumber, ["有效期至"] = o.CertificateValidUntil.ToString("yyyy-MM-dd"),
            ["状态"] = OfficerRules.StatusLabels[o.Status],
        }).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        await output.SaveAsAsync(rows, sheetName: "执法人员", excelType: ExcelType.XLSX);
    }

    /// <summary>All or nothing: every bad row is reported with row and column, and a file with any error saves
    /// nothing.</summary>
    public static async Task<ImportResult> ImportAsync(IServiceProvider sp, Stream input,
        CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        var svc = sp.GetRequiredService<OfficerService>();
        var sheet = SheetReader.Open(input, Required);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "人", errors);
        var agencies = await UnitColumn.LoadAsync(db, ct);
        var seen = new Dictionary<(int, string), int>();
        var officers = new List<EnforcementOfficer>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var unitId = agencies.Resolve(cells, "执法单位", row, errors);
            var o = new EnforcementOfficer
            {
                UnitId = unitId, Name = SheetReader.Text(cells, "姓名") ?? "",
                IdNumber = SheetReader.Text(cells, "身份证号") ?? "",
                CertificateNumber = SheetReader.Text(cells, "执法证号") ?? "",
                CertificateValidUntil = SheetReader.Date(cells, "有效期至", row, errors) ?? default,
                Status = StatusOf(SheetReader.Text(cells, "状态"), row, errors),
                CreatedById = db.Scope.OwnUserId,
            };
            if (errors.Count > before) continue;
            try
            {
                OfficerRules.Validate(o);
                await svc.EnsureUniqueAsync(o, ct);
                if (seen.TryGetValue((o.UnitId, o.IdNumber), out var first))
                    throw new DomainException(nameof(o.IdNumber), $"身份证号与第{first}行重复");
                seen[(o.UnitId, o.IdNumber)] = row;
                officers.Add(o);
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
        }
        if (errors.Count > 0) return new ImportResult(0, "人", errors);
        db.EnforcementOfficers.AddRange(officers);
        await db.SaveChangesAsync(ct);
        return new ImportResult(officers.Count, "人", errors);
    }

    static OfficerStatus StatusOf(string? text, int row, List<RowError> errors)
    {
        if (text is null) return OfficerStatus.Active;
        var match = OfficerRules.StatusLabels.FirstOrDefault(kv => kv.Value == text);
        if (match.Value is null)
        {
            var allowed = string.Join("、", OfficerRules.StatusLabels.Values);
            errors.Add(new RowError(row, "状态", $"应为{allowed}之一"));
        }
        return match.Value is null ? OfficerStatus.Active : match.Key;
    }

    static string ColumnOf(string field) => field switch
    {
        nameof(EnforcementOfficer.Name) => "姓名",
        nameof(EnforcementOfficer.IdNumber) => "身份证号",
        nameof(EnforcementOfficer.CertificateNumber) => "执法证号",
        nameof(EnforcementOfficer.CertificateValidUntil) => "有效期至",
        _ => "执法单位",
    };
}
