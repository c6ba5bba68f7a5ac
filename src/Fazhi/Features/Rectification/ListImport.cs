using System.Text.RegularExpressions;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Features.Rectification;

/// <summary>A rectification list taken in from its Excel 台账 (the columns the export writes): all rows or none,
/// every bad cell named by row and column.</summary>
public sealed partial class OversightService
{
    public static readonly string[] ListColumns = ["问题", "对应督察问题", "责任单位", "整改时限"];
    static readonly string[] ListRequired = ["责任单位", "整改时限"];

    public async Task<ImportResult> ImportListAsync(int id, int version, Stream input, CancellationToken ct = default)
    {
        var oversight = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!CanManage(oversight)) throw new DomainException("File", "本督察不在您的办理范围内，不能导入整改清单");
        var sheet = SheetReader.Open(input, ListRequired);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "项", errors);
        if (sheet.Rows.Count == 0) return new ImportResult(0, "项", [new RowError(2, "", "表中没有整改事项")]);
        var units = await UnitColumn.LoadAsync(db, ct);
        var listedAt = new Dictionary<int, int>();
        var drafts = new List<Draft>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var findings = FindingsOf(oversight, SheetReader.Text(cells, "对应督察问题"), row, listedAt, errors);
            var problem = SheetReader.Text(cells, "问题") ?? string.Join("；", findings.Select(f => f.Text));
            if (problem.Length == 0 && errors.Count == before) errors.Add(new RowError(row, "问题", "必填（或填写对应督察问题的编号）"));
            if (problem.Length > MaxText) errors.Add(new RowError(row, "问题", $"不超过{MaxText}字"));
            var unitId = units.Resolve(cells, "责任单位", row, errors);
            var due = SheetReader.Date(cells, "整改时限", row, errors);
            if (due is null && errors.Count == before) errors.Add(new RowError(row, "整改时限", "必填"));
            if (due < Today) errors.Add(new RowError(row, "整改时限", "整改时限不能早于今天"));
            if (errors.Count == before) drafts.Add(new Draft(findings, problem, unitId, due!.Value));
        }
        if (errors.Count > 0) return new ImportResult(0, "项", errors);
        await AssignAsync(oversight, version, drafts, $"导入整改清单{drafts.Count}项", ct);
        return new ImportResult(drafts.Count, "项", errors);
    }

    /// <summary>The findings a row names ("1、2", "3,5"): each in the inspection, not yet listed, and on one row.
    /// </summary>
    static List<OversightFinding> FindingsOf(Oversight o, string? text, int row, Dictionary<int, int> listedAt,
        List<RowError> errors)
    {
        const string column = "对应督察问题";
        var found = new List<OversightFinding>();
        foreach (var part in Separators().Split(text ?? "").Where(p => p.Length > 0))
        {
            var f = int.TryParse(part, out var n) ? o.Findings.FirstOrDefault(f => f.Number == n) : null;
            if (f is null) errors.Add(new RowError(row, column, $"本次督察没有第{part}号问题"));
            else if (f.ItemId is not null) errors.Add(new RowError(row, column, $"第{n}号问题已列入整改清单"));
            else if (listedAt.TryGetValue(n, out var first))
                errors.Add(new RowError(row, column, $"第{n}号问题已列在第{first}行"));
            else
            {
                listedAt[n] = row;
                found.Add(f);
            }
        }
        return found;
    }

    [GeneratedRegex(@"[、,，;；\s]+")]
    private static partial Regex Separators();
}
