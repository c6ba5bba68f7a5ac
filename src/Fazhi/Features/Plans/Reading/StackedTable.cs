using System.Text.RegularExpressions;

namespace Fazhi.Features.Plans.Reading;

/// <summary>A task table as a web page's text gives it: every cell on its own line. The header is a run of short
/// lines from 序号 (序号 / 任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点); each row starts with its number
/// alone on a line. A merged group cell (任务名称) shows only on its group's first row; a cell may wrap onto a second
/// line. A row reads: number, group name if any, the task's text, its unit lines (the first cell lead, the rest
/// participants; a line ending in 、 goes on), and its time cell.</summary>
public static partial class StackedTable
{
    public static List<RecognisedTask> Read(List<string> lines, DateOnly issued)
    {
        var tasks = new List<RecognisedTask>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] != "序号") continue;
            var header = lines.Skip(i).TakeWhile(l => l.Length <= 8 && !l.All(char.IsAsciiDigit)).ToList();
            var hasLead = header.Any(h => h.Contains("牵头") || h.Contains("责任"));
            if (!hasLead || header.Count < 3) continue;
            var hasTime = header.Any(h => h.Contains("时间") || h.Contains("时限"));
            i += header.Count;
            var number = 1;
            while (i < lines.Count && lines[i] == number.ToString())
            {
                var end = i + 1;
                while (end < lines.Count && lines[end] != (number + 1).ToString()) end++;
                var row = lines[(i + 1)..end];
                if (hasTime) row = row[..Math.Min(row.Count, TimeCellEnd(row))];
                if (Row(number.ToString(), row, hasTime ? lines[(i + 1)..end] : null, issued) is { } task)
                    tasks.Add(task);
                i = end;
                number++;
            }
        }
        return tasks;
    }

    /// <summary>Where a row's lines stop: after its time cell (the last row runs into the text after the table).
    /// </summary>
    static int TimeCellEnd(List<string> row)
    {
        var at = row.FindIndex(1, l => TimeCell().IsMatch(l));
        return at < 0 ? row.Count : at + 1;
    }

    static RecognisedTask? Row(string number, List<string> row, List<string>? withTime, DateOnly issued)
    {
        var due = withTime is not null && row.Count > 0 && TimeCell().IsMatch(row[^1]) ? row[^1] : null;
        var cells = due is null ? row : row[..^1];
        var firstUnit = cells.FindIndex(1, IsUnitLine);
        if (firstUnit < 0) return null;
        // A short first line followed by the text is the group's merged name cell, not the task.
        var textFrom = firstUnit > 1 && cells[0].Length <= 10 && !cells[0].Any(char.IsPunctuation) ? 1 : 0;
        var text = string.Concat(cells[textFrom..firstUnit]);
        var unitCells = new List<string>();
        foreach (var line in cells[firstUnit..])
            if (unitCells.Count > 0 && unitCells[^1].EndsWith('、')) unitCells[^1] += line;
            else unitCells.Add(line);
        var parts = new List<UnitLines.Part> { UnitLines.Names(UnitRole.Lead, unitCells[0]) };
        if (unitCells.Count > 1)
            parts.Add(UnitLines.Names(UnitRole.Participant, string.Join("、", unitCells.Skip(1))));
        var task = PlanParser.Task(number, text, parts, issued);
        return due is null ? task
            : task with { Targets = [.. task.Targets, .. TargetReader.Read(due, issued, cell: true)] };
    }

    /// <summary>A cell of unit names: no clause marks, ending as a unit's name does (or going on after 、).</summary>
    static bool IsUnitLine(string line) => !line.Contains('，') && !line.Contains('。') && !line.Contains('；')
        && (line.EndsWith('、') || UnitName().IsMatch(line));

    [GeneratedRegex(@"(?:局|委|办|院|府|中心|部|会|室|队|所|行|处|站|社|厅|司|联|协|团|单位|[）)])$")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"^(?:\d{4}\s*年.{0,12}|全年|长期|持续|常态化|每.{1,6})$")]
    private static partial Regex TimeCell();
}
