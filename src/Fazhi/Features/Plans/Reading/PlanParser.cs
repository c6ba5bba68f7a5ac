using System.Text.RegularExpressions;

namespace Fazhi.Features.Plans.Reading;

/// <summary>Reads a plan's text into tasks. A task is the text to which units are assigned: the paragraphs of a
/// numbered item up to its unit lines, a further paragraph of the same item with its own unit lines ("(五)-2"), a
/// line ending in its units in brackets, or a row of a task table. Headings, goals and closing words that are
/// given no units are not tasks.</summary>
public static partial class PlanParser
{
    public static RecognisedPlan Parse(string text, DateOnly? issued = null)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var found = issued ?? IssuedDate(lines);
        var day = found ?? DateOnly.FromDateTime(DateTime.Today);
        var tasks = new Walk(day).Run(lines);
        tasks.AddRange(TaskTable.Read(lines, day));
        tasks.AddRange(StackedTable.Read(lines, day));
        return new RecognisedPlan(Title(lines), DocumentNumber(text), day, found is not null, tasks);
    }

    /// <summary>The walk over lines, keeping the block of text that units will be assigned to.</summary>
    sealed class Walk(DateOnly issued)
    {
        readonly List<RecognisedTask> _tasks = [];
        readonly List<string> _text = [];
        readonly List<UnitLines.Part> _units = [];
        string _number = "";
        int _rank = int.MaxValue;
        string _item = "";
        int _blocksOfItem;

        public List<RecognisedTask> Run(List<string> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (TaskTable.IsRow(line)) continue; // a task table is read on its own

                if (UnitLines.OfLine(line) is { } parts)
                {
                    // A list broken across lines ("县市场监" / "督管理局") continues on a short line with no full stop.
                    while (i + 1 < lines.Count && ContinuesList(line, lines[i + 1]))
                    {
                        line += lines[++i];
                        parts = UnitLines.OfLine(line)!;
                    }
                    _units.AddRange(parts);
                    continue;
                }
                if (_units.Count > 0) Emit();
                if (TaskNumbers.Of(line) is { } numbered) Numbered(numbered.Number, numbered.Rank);
                else if (_text.Count == 0) Start(_item.Length == 0 ? "" : $"{_item}-{++_blocksOfItem}", int.MaxValue);
                if (UnitLines.Trailing(line) is { } trailing)
                {
                    _text.Add(trailing.Text);
                    _units.AddRange(trailing.Parts);
                    Emit();
                }
                else _text.Add(line);
            }
            if (_units.Count > 0) Emit();
            return _tasks;
        }

        void Numbered(string number, int rank)
        {
            // A deeper number inside an item's paragraphs is a point of the item, not a new block.
            var heading = _text.Count > 0 && !_text.Any(t => t.Contains('。'));
            if (_text.Count == 0 || heading || rank <= _rank)
            {
                Start(number, rank);
                _item = number;
                _blocksOfItem = 1;
            }
        }

        void Start(string number, int rank)
        {
            _text.Clear();
            _number = number;
            _rank = rank;
        }

        void Emit()
        {
            if (_text.Count == 0 && _tasks.Count > 0)
            {
                // Units on their own after a task's units (a second 参加单位 line after a break) belong to it.
                _units.Clear();
                return;
            }
            var text = string.Concat(_text);
            if (_number.Length > 0 && text.StartsWith(_number, StringComparison.Ordinal))
                text = text[_number.Length..].TrimStart();
            _tasks.Add(Task(_number, text, _units, issued));
            _text.Clear();
            _units.Clear();
        }

        /// <summary>A list broken after a separator goes on; one broken inside a name (县市场监 / 督管理局) goes on
        /// onto a short line that ends as a name does. A list that ends in a whole name is done: what follows may be
        /// the signature (清河县人民政府).</summary>
        static bool ContinuesList(string line, string next) =>
            UnitLines.OfLine(next) is null && TaskNumbers.Of(next) is null && !next.Contains('。')
            && (line.TrimEnd().EndsWith('、') || line.TrimEnd().EndsWith('，')
                || next.Length <= 30 && !UnitEnd().IsMatch(line.TrimEnd()) && UnitEnd().IsMatch(next));
    }

    /// <summary>A task from its number, text and unit parts; 责任单位 next to 牵头单位 are the participants.</summary>
    internal static RecognisedTask Task(string number, string text, IReadOnlyList<UnitLines.Part> parts,
        DateOnly issued)
    {
        var hasLead = parts.Any(p => p.Role == UnitRole.Lead && !p.Responsible);
        bool IsLead(UnitLines.Part p) => p.Role == UnitRole.Lead && !(hasLead && p.Responsible);
        return new RecognisedTask(number, text,
            [.. parts.Where(IsLead).SelectMany(p => p.Names).Distinct()],
            [.. parts.Where(p => !IsLead(p)).SelectMany(p => p.Names).Distinct()],
            parts.Any(p => p.ByDuty), TargetReader.Read(text, issued));
    }

    /// <summary>The date the plan was signed or issued: a line that is only a date, else its 发布时间.</summary>
    static DateOnly? IssuedDate(List<string> lines)
    {
        foreach (var line in lines)
            if (DateLine().Match(line) is { Success: true } m) return DateOf(m);
        foreach (var line in lines)
            if (Published().Match(line) is { Success: true } m) return DateOf(m);
        return null;
    }

    static DateOnly? DateOf(Match m) =>
        DateOnly.TryParse($"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}", out var d)
            ? d : null;

    /// <summary>The plan's own title (…的实施方案), rather than that of the notice that sends it (关于印发…的通知).
    /// </summary>
    static string Title(List<string> lines) =>
        lines.FirstOrDefault(l => TitleEnd().IsMatch(l) && l.Length <= 80 && !l.StartsWith("关于"))
        ?? lines.FirstOrDefault(l => l.Contains("方案") && l.Length <= 80 && !l.Contains('。'))
        ?? lines.FirstOrDefault(l => l.Length <= 80) ?? "";

    static string? DocumentNumber(string text) => DocumentNumberPattern().Match(text) is { Success: true } m
        ? m.Value : null;

    [GeneratedRegex(@"(?:方案|要点|清单|计划|分工)$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"(?:局|委|办|院|府|中心|部|会|室|队|所|行|处|站|社|厅|公司)$")]
    private static partial Regex UnitEnd();

    [GeneratedRegex(@"^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"发布(?:时间|日期)\s*[:：]?\s*(?<y>\d{4})[-./年](?<m>\d{1,2})[-./月](?<d>\d{1,2})")]
    private static partial Regex Published();

    [GeneratedRegex(@"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号")]
    private static partial Regex DocumentNumberPattern();
}
