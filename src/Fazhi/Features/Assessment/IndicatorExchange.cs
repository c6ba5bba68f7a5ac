using System.Text.RegularExpressions;
using MiniExcelLibs;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Features.Assessment;

/// <summary>An indicator system as an Excel sheet, one row per indicator at any depth, its place given by its code
/// (1, 1.2, 1.2.3): written out, and taken in whole — every row or none, every bad cell named by row and column.
/// </summary>
public sealed partial class IndicatorService
{
    public static readonly string[] Columns = ["编号", "指标", "分值", "评分方式", "数据指标", "目标值", "每项扣分", "评分标准"];
    public const int MaxIndicators = 2000;

    public static Task ExportAsync(IndicatorSystem system, Stream output)
    {
        var rows = new IndicatorTree(system.Indicators).All.Select(n => new Dictionary<string, object?>
        {
            ["编号"] = n.Code, ["指标"] = n.Indicator.Text, ["分值"] = n.Points,
            ["评分方式"] = n.IsLeaf ? AssessmentLabels.Method(n.Indicator.Method) : null,
            ["数据指标"] = n.Indicator.FigureKey, ["目标值"] = n.Indicator.Target, ["每项扣分"] = n.Indicator.PerEvent,
            ["评分标准"] = n.Indicator.Standard,
        }).ToList();
        if (rows.Count == 0) rows.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        return output.SaveAsAsync(rows, sheetName: "指标体系", excelType: ExcelType.XLSX);
    }

    sealed record Row(int Number, string Code, IndicatorRequest Request, Indicator Indicator);

    /// <summary>Replaces the system's tree with the sheet's. A branch's 分值, where given, must equal the sum of its
    /// children's; the 数据指标 is a figure's key or its name.</summary>
    public async Task<ImportResult> ImportAsync(int systemId, Stream input, CancellationToken ct = default)
    {
        var system = await EditableAsync(systemId, ct);
        var sheet = SheetReader.Open(input, ["编号", "指标"]);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "项", errors);
        if (sheet.Rows.Count > MaxIndicators)
            return new ImportResult(0, "项", [new RowError(0, "", $"一个指标体系不超过{MaxIndicators}项指标")]);
        var rows = new Dictionary<string, Row>();
        foreach (var (number, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, number)) break;
            if (ReadRow(number, cells, rows, system.UnitId, errors) is { } row) rows[row.Code] = row;
        }
        var parents = rows.Values.Select(r => Parent(r.Code)).OfType<string>().ToHashSet();
        foreach (var row in rows.Values)
        {
            var leaf = !parents.Contains(row.Code);
            foreach (var (field, message) in IndicatorRules.Check(row.Request, leaf, Figures))
                errors.Add(new RowError(row.Number, IndicatorRules.Columns[field], message));
            IndicatorRules.Apply(row.Indicator, row.Request, leaf);
        }
        // A branch's points, where the sheet gives them, are the sum of the leaves below it.
        foreach (var row in errors.Count > 0 ? [] : rows.Values.Where(r => parents.Contains(r.Code)))
            if (row.Request.Points is { } given && rows.Values.Where(r => !parents.Contains(r.Code)
                    && r.Code.StartsWith(row.Code + ".")).Sum(r => r.Request.Points ?? 0) is var sum && sum != given)
                errors.Add(new RowError(row.Number, "分值", $"下级指标分值合计{sum:0.##}分，与本行{given:0.##}分不一致"));
        if (errors.Count > 0) return new ImportResult(0, "项", errors);
        foreach (var i in system.Indicators.OrderByDescending(i => i.ParentId is null).ThenByDescending(i => i.Id))
            db.Indicators.Remove(i);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var row in rows.Values) system.Indicators.Add(row.Indicator);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportResult(rows.Count, "项", errors);
    }

    Row? ReadRow(int number, IDictionary<string, object?> cells, Dictionary<string, Row> rows, int unitId,
        List<RowError> errors)
    {
        var code = SheetReader.Text(cells, "编号")?.TrimEnd('.', '、');
        var before = errors.Count;
        if (code is null || !CodePattern().IsMatch(code))
            errors.Add(new RowError(number, "编号", code is null ? "必填" : $"“{code}”不是有效编号（应如1、1.2、1.2.3）"));
        else if (rows.TryGetValue(code, out var same))
            errors.Add(new RowError(number, "编号", $"编号{code}与第{same.Number}行重复"));
        else if (Parent(code) is { } p && !rows.ContainsKey(p))
            errors.Add(new RowError(number, "编号", $"上级指标{p}应列在本行之前"));
        var points = SheetReader.Number(cells, "分值", number, errors);
        var target = SheetReader.Number(cells, "目标值", number, errors);
        var perEvent = SheetReader.Number(cells, "每项扣分", number, errors);
        var methodText = SheetReader.Text(cells, "评分方式");
        var method = AssessmentLabels.Methods.Where(m => m.Value == methodText).Select(m => (ScoringMethod?)m.Key)
            .FirstOrDefault();
        if (methodText is not null && method is null)
            errors.Add(new RowError(number, "评分方式",
                $"“{methodText}”应为{string.Join("、", AssessmentLabels.Methods.Values)}之一"));
        var figure = FigureKeyOf(SheetReader.Text(cells, "数据指标"), number, errors);
        if (errors.Count > before) return null;
        var request = new IndicatorRequest(null, SheetReader.Text(cells, "指标") ?? "", points, method, figure, target,
            perEvent, SheetReader.Text(cells, "评分标准"));
        var parent = Parent(code!) is { } pc ? rows[pc].Indicator : null;
        var indicator = new Indicator
        {
            UnitId = unitId, Parent = parent, Position = int.Parse(code!.Split('.')[^1]),
        };
        return new Row(number, code, request, indicator);
    }

    /// <summary>A figure named by key, or by its name where only one figure has it.</summary>
    string? FigureKeyOf(string? text, int row, List<RowError> errors)
    {
        if (text is null || Figures.ContainsKey(text)) return text;
        var named = Figures.Where(f => f.Value == text || f.Value.EndsWith("·" + text)).Select(f => f.Key).ToList();
        if (named.Count == 1) return named[0];
        errors.Add(new RowError(row, "数据指标", named.Count == 0 ? $"没有数据指标“{text}”"
            : $"“{text}”对应多个数据指标，请填写其代码：{string.Join("、", named)}"));
        return null;
    }

    static string? Parent(string code) => code.LastIndexOf('.') is var k and > 0 ? code[..k] : null;

    [GeneratedRegex(@"^[1-9]\d{0,3}(\.[1-9]\d{0,3}){0,7}$")]
    private static partial Regex CodePattern();
}
