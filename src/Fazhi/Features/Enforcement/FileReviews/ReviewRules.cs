using System.Buffers.Binary;
using System.Security.Cryptography;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>How a standard is written, a sample drawn and a file graded. A veto item (主体不合法, 执法人员
/// 无执法证, 执法人员少于两人, 证据不足…) fails the file whatever its points.</summary>
public static class ReviewRules
{
    public const string VetoSection = "否决";

    /// <summary>Reads a standard written one item a line — "形式 案卷目录完整 5",
    /// "否决 执法人员未取得执法证"
    /// — and one grade a line, highest first — "优秀 90 合格", "一类 75 合格", "二类 0".</summary>
    public static ReviewRubric Parse(int unitId, string? name, string? items, string? bands)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100) throw new DomainException("Name",
            "请填写评查标准名称（100字以内）");
        var rubric = new ReviewRubric { UnitId = unitId, Name = name };
        foreach (var (line, n) in Lines(items))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var veto = parts[0] == VetoSection;
            if (parts.Length < 2 || (!veto && parts.Length < 3))
                throw new DomainException("Items",
                    $"评查项目第{n}行应为“分类 内容 分值”或“否决 内容”");
            var points = 0;
            if (!veto && (!int.TryParse(parts[^1], out points) || points is <= 0 or > 100))
                throw new DomainException("Items",
                    $"评查项目第{n}行：分值“{parts[^1]}”应为1至100的整数");
            var text = string.Join(" ", veto ? parts[1..] : parts[1..^1]);
            rubric.Items.Add(new RubricItem
            {
                Order = rubric.Items.Count + 1, Section = parts[0], Text = text, Points = points, Veto = veto,
            });
        }
        if (rubric.Items.Sum(i => i.Points) <= 0) throw new DomainException("Items",
            "请至少填写一个计分项目");
        foreach (var (line, n) in Lines(bands))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3 || !decimal.TryParse(parts[1], out var min) || min < 0
                || (parts.Length == 3 && parts[2] != "合格"))
                throw new DomainException("Bands",
                    $"等次第{n}行应为“等次 最低分”或“等次 最低分 合格”");
            rubric.Bands.Add(new GradeBand
            {
                Order = rubric.Bands.Count + 1, Label = parts[0], MinScore = min, Passing = parts.Length == 3,
            });
        }
        ValidateBands(rubric);
        return rubric;
    }

    static IEnumerable<(string Line, int Number)> Lines(string? text) =>
        (text ?? "").Split('\n').Select((l, i) => (l.Trim(), i + 1)).Where(x => x.Item1.Length > 0);

    /// <summary>Grades from the highest down to one that starts at 0; the passing grades are the top ones, and the
    /// lowest is not passing, since a vetoed file gets it.</summary>
    static void ValidateBands(ReviewRubric r)
    {
        var bands = r.Bands;
        if (bands.Count < 2) throw new DomainException("Bands",
            "请至少填写两个等次，最低一档的最低分为0");
        if (bands.Select(b => b.Label).Distinct().Count() != bands.Count)
            throw new DomainException("Bands", "等次名称不能重复");
        for (var i = 1; i < bands.Count; i++)
            if (bands[i].MinScore >= bands[i - 1].MinScore)
                throw new DomainException("Bands", "等次应从高到低填写，最低分逐档降低");
        if (bands[^1].MinScore != 0) throw new DomainException("Bands", "最低一档的最低分应为0");
        if (bands[0].MinScore > r.Items.Sum(i => i.Points))
            throw new DomainException("Bands",
                $"最高等次的最低分超过了总分{r.Items.Sum(i => i.Points)}分");
        if (bands[^1].Passing) throw new DomainException("Bands",
            "最低一档不能为合格（被否决的案卷评为最低一档）");
        if (bands.SkipWhile(b => b.Passing).Any(b => b.Passing))
            throw new DomainException("Bands", "合格的等次应是最高的若干档");
    }

    /// <summary>The sample: the pool ordered by a hash of the seed and each case's id, the first n taken. Anyone
    /// with the seed and the pool gets the same files.</summary>
    public static List<int> Sample(IEnumerable<int> pool, long seed, int n) =>
        pool.Distinct().OrderBy(id => Rank(seed, id)).ThenBy(id => id).Take(n).ToList();

    static ulong Rank(long seed, int id)
    {
        Span<byte> input = stackalloc byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(input, seed);
        BinaryPrimitives.WriteInt32LittleEndian(input[8..], id);
        return BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(input));
    }

    /// <summary>Scores a file: each scored item within its points, veto items found to apply; the grade is the
    /// highest whose lower bound the total reaches, or the lowest when a veto applies.</summary>
    public static void Score(FileReview f, ReviewRubric rubric, IReadOnlyList<ItemScoreRequest> scores, string reviewer,
        DateOnly on, string? comment)
    {
        f.Scores.Clear();
        foreach (var item in rubric.Items.OrderBy(i => i.Order))
        {
            var given = scores.FirstOrDefault(s => s.ItemId == item.Id);
            if (item.Veto)
            {
                f.Scores.Add(new ItemScore { RubricItemId = item.Id, Triggered = given?.Triggered == true,
                    Note = given?.Note });
                continue;
            }
            var points = given?.Points ?? throw new DomainException("Scores", $"请为“{item.Text}”评分");
            if (points < 0 || points > item.Points)
                throw new DomainException("Scores", $"“{item.Text}”的得分应在0至{item.Points}分之间");
            f.Scores.Add(new ItemScore { RubricItemId = item.Id, Points = points, Note = given.Note });
        }
        f.Score = f.Scores.Sum(s => s.Points);
        f.Vetoed = f.Scores.Any(s => s.Triggered);
        var bands = rubric.Bands.OrderBy(b => b.Order).ToList();
        var band = f.Vetoed ? bands[^1] : bands.First(b => f.Score >= b.MinScore);
        f.Grade = band.Label;
        f.TopGrade = band == bands[0];
        f.Passing = band.Passing;
        f.Reviewer = reviewer;
        f.ReviewedOn = on;
        f.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    /// <summary>What the case itself shows against the veto items a reviewer checks: fewer than two officers or an
    /// officer without a valid certificate at the decision (行政处罚法 第42条), a decision taken without the
    /// 法制审核 第58条 requires.</summary>
    public static IEnumerable<string> VetoHints(EnforcementCase c)
    {
        var on = c.DecidedOn ?? c.FiledOn;
        var active = CaseRules.Active(c).ToList();
        if (active.Count < CaseRules.MinHandlers(c.Kind)) yield return "执法人员少于两人";
        foreach (var h in active.Where(h => h.Officer is { } o && !OfficerRules.IsCertifiedOn(o, on)))
            yield return $"{h.Officer!.Name}在决定时没有有效的执法证";
        if (CaseRules.ReviewRequired(c) && !CaseRules.ReviewPassed(c))
            yield return "应当法制审核而未经审核通过";
    }

    /// <summary>One line of a campaign's result: the files of a grade, and of that grade or better ("一类以上"),
    /// each over the files scored.</summary>
    public sealed record GradeShare(string Label, int Count, int AtLeast, int Scored)
    {
        public decimal? Share => Scored == 0 ? null : Math.Round(100m * Count / Scored, 2);
        public decimal? AtLeastShare => Scored == 0 ? null : Math.Round(100m * AtLeast / Scored, 2);
    }

    public static List<GradeShare> Distribution(ReviewRubric rubric, IReadOnlyCollection<FileReview> files)
    {
        var scored = files.Where(f => f.Grade is not null).ToList();
        var result = new List<GradeShare>();
        var atLeast = 0;
        foreach (var band in rubric.Bands.OrderBy(b => b.Order))
        {
            var count = scored.Count(f => f.Grade == band.Label);
            atLeast += count;
            result.Add(new GradeShare(band.Label, count, atLeast, scored.Count));
        }
        return result;
    }
}
