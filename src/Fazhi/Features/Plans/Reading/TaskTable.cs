namespace Fazhi.Features.Plans.Reading;

/// <summary>A task table (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限), as a sheet, a Word table or a web
/// page gives it: one row per task, cells separated by tabs or bars. A due cell ("2023年12月底前") adds a
/// target.</summary>
public static class TaskTable
{
    public static List<RecognisedTask> Read(List<string> lines, DateOnly issued)
    {
        var tasks = new List<RecognisedTask>();
        Columns? columns = null;
        foreach (var line in lines)
        {
            var cells = Cells(line);
            if (cells is null) { columns = null; continue; }
            if (Columns.OfHeader(cells) is { } header) { columns = header; continue; }
            if (columns?.Task(cells, issued) is { } task) tasks.Add(task);
        }
        return tasks;
    }

    public static bool IsRow(string line) => Cells(line) is not null;

    static string[]? Cells(string line) =>
        line.Contains('\t') ? line.Split('\t').Select(c => c.Trim()).ToArray()
        : line.Count(c => c == '|') >= 2 ? line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()
        : null;

    sealed record Columns(int Number, int Text, int Lead, int Participants, int Due)
    {
        public static Columns? OfHeader(string[] cells)
        {
            int Find(params string[] words) =>
                Array.FindIndex(cells, c => c.Length <= 12 && words.Any(w => c.Contains(w, StringComparison.Ordinal)));
            var lead = Find("牵头单位", "牵头部门", "主责单位");
            var responsible = Find("责任单位", "责任部门");
            if (lead < 0) (lead, responsible) = (responsible, -1);
            var participants = responsible >= 0 ? responsible : Find("配合", "参加", "参与", "协办");
            var text = Find("任务", "措施", "内容", "事项", "工作");
            if (lead < 0 || text < 0 || text == lead) return null;
            return new Columns(Find("序号", "编号"), text, lead, participants, Find("时限", "时间", "完成"));
        }

        public RecognisedTask? Task(string[] cells, DateOnly issued)
        {
            string Cell(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            var text = Cell(Text);
            if (text.Length == 0 || Cell(Lead).Length == 0) return null;
            var parts = new List<UnitLines.Part> { UnitLines.Names(UnitRole.Lead, Cell(Lead)) };
            if (Cell(Participants).Length > 0) parts.Add(UnitLines.Names(UnitRole.Participant, Cell(Participants)));
            var task = PlanParser.Task(Cell(Number), text, parts, issued);
            var due = Cell(Due);
            return due.Length == 0 ? task
                : task with { Targets = [.. task.Targets, .. TargetReader.Read(due, issued, cell: true)] };
        }
    }
}
