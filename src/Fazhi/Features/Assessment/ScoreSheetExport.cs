using MiniExcelLibs;

namespace Fazhi.Features.Assessment;

/// <summary>A unit's score sheet as its Excel 考核评分表: one row per indicator at any depth, the scores it has had,
/// the score it stands at, the points lost and why, and a closing 合计 row with the 考核评语.</summary>
public static class ScoreSheetExport
{
    public static Task WriteAsync(ScoreSheet sheet, Stream output)
    {
        var rows = sheet.Rows.Select(r => new Dictionary<string, object?>
        {
            ["编号"] = r.Node.Code, ["指标"] = r.Node.Indicator.Text, ["分值"] = r.Node.Points,
            ["评分方式"] = r.Node.IsLeaf ? AssessmentLabels.Method(r.Node.Indicator.Method) : null,
            ["自评分"] = r.Score?.SelfScore, ["数据评分"] = r.Auto, ["复核分"] = r.Score?.ReviewScore,
            ["异议"] = r.Score?.Objection, ["最终得分"] = r.Score?.FinalScore, [sheet.TotalLabel] = r.Current,
            ["失分"] = r.Lost is > 0 ? r.Lost : null, ["失分原因及算式"] = string.Join("；", r.Reasons),
        }).ToList();
        // The sheet's columns are its first row's keys: the 合计 row carries them all.
        var sum = rows[0].Keys.ToDictionary(k => k, _ => (object?)null);
        (sum["编号"], sum["分值"], sum[sheet.TotalLabel]) = ("合计", sheet.Points, sheet.Total);
        sum["失分"] = sheet.Total is { } total ? sheet.Points - total : null;
        sum["失分原因及算式"] = sheet.Assessment.Comment is { } comment ? "考核评语：" + comment : null;
        rows.Add(sum);
        return output.SaveAsAsync(rows, sheetName: "考核评分表", excelType: ExcelType.XLSX);
    }
}
