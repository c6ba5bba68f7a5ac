using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.ReportReview.Input;

/// <summary>A Word table as lines of cells separated by tabs, as web tables are read: a cell spanning columns
/// (gridSpan) or continuing a vertical merge stands in each position it covers — its text repeated where it is a
/// label, empty where it holds a number.</summary>
static class DocxTable
{
    const int MaxSpan = 1000;

    public static IEnumerable<string> Rows(Table table)
    {
        var above = new Dictionary<int, string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var text = string.Join(" ", cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var merge = properties?.VerticalMerge;
                // A vMerge without "restart" continues the cell above.
                if (merge is not null && merge.Val?.Value != MergedCellValues.Restart)
                    text = above.GetValueOrDefault(cells.Count, "");
                var repeated = text.Any(char.IsAsciiDigit) ? "" : text;
                for (var k = 0; k < span; k++)
                {
                    above[cells.Count] = repeated;
                    cells.Add(k == 0 ? text.Replace('\t', ' ') : repeated);
                }
            }
            yield return string.Join("\t", cells);
        }
    }
}
