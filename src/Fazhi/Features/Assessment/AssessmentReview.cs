using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Figures;

namespace Fazhi.Features.Assessment;

/// <summary>The assessor's side: review, the objection period and its answers, and the final scores.</summary>
public sealed partial class AssessmentService
{
    /// <summary>The unit's figures for the assessed year that its figure leaves read, key → figure.</summary>
    async Task<Dictionary<string, Figure>> FiguresOfAsync(UnitAssessment a, CancellationToken ct)
    {
        var keys = a.System!.Indicators.Select(i => i.FigureKey).OfType<string>().ToHashSet();
        var result = new Dictionary<string, Figure>();
        if (keys.Count == 0) return result;
        var scope = await figures.ScopeAsync(a.UnitId, a.Year, ct);
        foreach (var source in keys.Select(k => figures.Sources.Where(s => k.StartsWith(s.Area + "."))
                     .MaxBy(s => s.Area.Length)).OfType<IFigureSource>().Distinct())
            foreach (var f in await source.ComputeAsync(scope, ct))
                if (keys.Contains(f.Key)) result[f.Key] = f;
        return result;
    }

    /// <summary>The figure leaves' scores as they stand: fixed once the review is complete, live before.</summary>
    public async Task<Dictionary<int, (decimal? Score, string Note)>> AutoScoresAsync(UnitAssessment a,
        CancellationToken ct = default)
    {
        var auto = AutoLeaves(a);
        if (a.State >= AssessmentState.Reviewed)
            return a.Scores.Where(s => auto.Contains(s.IndicatorId))
                .ToDictionary(s => s.IndicatorId, s => (s.AutoScore, s.AutoNote ?? ""));
        var values = await FiguresOfAsync(a, ct);
        return a.System!.Indicators.Where(i => auto.Contains(i.Id))
            .ToDictionary(i => i.Id, i => AutoScore.Of(i, values.GetValueOrDefault(i.FigureKey!)));
    }

    /// <summary>The reviewer's scores; a point taken from a leaf (or a figure's score changed) needs its reason.
    /// </summary>
    public async Task<UnitAssessment> ReviewAsync(int id, ScoresRequest r, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessor(a)) throw new DomainException("State", "复核由考核单位进行");
        Expect(a, AssessmentState.Submitted, "只有已提交自评、尚未完成复核的考核可以复核评分");
        // The figures are worked out only when a figure leaf's score is sent.
        var figureLeaves = AutoLeaves(a);
        var auto = (r.Scores ?? []).Any(x => figureLeaves.Contains(x.IndicatorId)) ? await AutoScoresAsync(a, ct)
            : [];
        var tree = new IndicatorTree(a.System!.Indicators);
        foreach (var leaf in r.Scores ?? [])
        {
            var s = ScoreOf(a, leaf.IndicatorId);
            if (leaf.Score is null) { (s.ReviewScore, s.ReviewNote) = (null, null); continue; }
            var points = PointsOf(a, leaf.IndicatorId);
            var score = Checked(leaf.Score, points, "Score");
            var note = Note(leaf.Note, "Note");
            var expected = auto.TryGetValue(leaf.IndicatorId, out var x) ? x.Score : points;
            if (note is null && score != expected)
                throw new DomainException("Note", $"指标{tree.Find(leaf.IndicatorId)!.Code}：" +
                    (auto.ContainsKey(leaf.IndicatorId) ? "调整数据评分须说明理由" : "扣分须说明理由"));
            (s.ReviewScore, s.ReviewNote) = (score, note);
        }
        return await workflow.StepAsync(a, r.Version, x =>
            new(Today, "复核评分", $"已复核{x.Scores.Count(s => s.ReviewScore is not null)}项"), ct);
    }

    /// <summary>复核完成: the figure leaves' scores are fixed with their working (a leaf the reviewer did not score
    /// takes the figure's), every other leaf must have been reviewed; the unit may object for the given working days.
    /// </summary>
    public async Task<UnitAssessment> CompleteReviewAsync(int id, CompleteReviewRequest r,
        CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessor(a)) throw new DomainException("State", "复核由考核单位进行");
        Expect(a, AssessmentState.Submitted, "只有已提交自评、尚未完成复核的考核可以完成复核");
        if (r.ObjectionDays is < 1 or > 30) throw new DomainException("ObjectionDays", "异议期应为1至30个工作日");
        var auto = await AutoScoresAsync(a, ct);
        var tree = new IndicatorTree(a.System!.Indicators);
        foreach (var s in a.Scores.Where(s => auto.ContainsKey(s.IndicatorId)))
        {
            (s.AutoScore, s.AutoNote) = auto[s.IndicatorId];
            s.ReviewScore ??= s.AutoScore;
        }
        var missing = a.Scores.Where(s => s.ReviewScore is null).Select(s => tree.Find(s.IndicatorId)!.Code).ToList();
        if (missing.Count > 0) throw new DomainException("Scores", $"以下指标尚未复核评分：{string.Join("、", missing)}");
        var rule = new DeadlineRule("assessment.objection", "考核异议", r.ObjectionDays, PeriodUnit.WorkingDay,
            "考核单位告知的异议期", "复核结果告知");
        var due = calculator.Compute(rule, Today).Due!.Value;
        var step = await workflow.StepAsync(a, r.Version, x =>
        {
            (x.State, x.ReviewedOn, x.ObjectionDueOn) = (AssessmentState.Reviewed, Today, due);
            return new(Today, "复核完成", $"复核得分{Sum(x, s => s.ReviewScore):0.##}分，" +
                $"异议期至{due:yyyy年M月d日}");
        }, ct);
        await notifier.NotifyUnitAsync(a.UnitId, $"assessment:{a.Id}:reviewed", $"{a.Year}年度考核复核结果",
            $"复核得分{Sum(a, s => s.ReviewScore):0.##}分；如有异议，请于{due:yyyy年M月d日}前提出。",
            $"/assessment/{a.Id}", ct);
        return step;
    }

    static decimal Sum(UnitAssessment a, Func<AssessmentScore, decimal?> score) => a.Scores.Sum(s => score(s) ?? 0);

    /// <summary>The unit's objection to a leaf's reviewed score, within the objection period, once per leaf.</summary>
    public async Task<UnitAssessment> ObjectAsync(int id, ObjectionRequest r, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessed(a)) throw new DomainException("State", "异议由被考核单位提出");
        Expect(a, AssessmentState.Reviewed, "只能对复核结果提出异议");
        if (Today > a.ObjectionDueOn) throw new DomainException("Text", $"异议期已于{a.ObjectionDueOn:yyyy年M月d日}届满");
        var s = ScoreOf(a, r.IndicatorId);
        if (s.Objection is not null) throw new DomainException("IndicatorId", "该指标已提出异议");
        var text = RequiredText.Of(r.Text, "Text", "异议理由", MaxNote);
        var code = new IndicatorTree(a.System!.Indicators).Find(r.IndicatorId)!.Code;
        s.Objection = text;
        var step = await workflow.StepAsync(a, r.Version, _ => new(Today, "提出异议", $"指标{code}：{text}"), ct);
        await notifier.NotifyUnitAsync(a.AssessorUnitId, $"assessment:{a.Id}:objection:{r.IndicatorId}",
            $"{a.Unit?.Name}对考核指标{code}提出异议", text, $"/assessment/{a.Id}", ct);
        return step;
    }

    /// <summary>The assessor's answer: accepted with the new score, or refused; the reasons either way.</summary>
    public async Task<UnitAssessment> AnswerAsync(int id, AnswerObjectionRequest r, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessor(a)) throw new DomainException("State", "异议由考核单位答复");
        Expect(a, AssessmentState.Reviewed, "只能在确定结果前答复异议");
        var s = ScoreOf(a, r.IndicatorId);
        if (s.Objection is null || s.ObjectionAccepted is not null)
            throw new DomainException("IndicatorId", "该指标没有待答复的异议");
        var reply = RequiredText.Of(r.Reply, "Reply", "答复意见", MaxNote);
        decimal? score = r.Accepted ? Checked(r.Score, PointsOf(a, r.IndicatorId), "Score") : null;
        var code = new IndicatorTree(a.System!.Indicators).Find(r.IndicatorId)!.Code;
        (s.ObjectionAccepted, s.ObjectionReply) = (r.Accepted, reply);
        if (score is not null) s.ReviewScore = score;
        return await workflow.StepAsync(a, r.Version, _ => new(Today, r.Accepted ? "采纳异议" : "不予采纳异议",
            $"指标{code}：{reply}" + (score is { } x ? $"，改为{x:0.##}分" : "")), ct);
    }

    /// <summary>确定结果: after the objection period, every objection answered; the final scores and total are fixed.
    /// </summary>
    public async Task<UnitAssessment> FinalizeAsync(int id, FinalizeRequest r, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessor(a)) throw new DomainException("State", "考核结果由考核单位确定");
        Expect(a, AssessmentState.Reviewed, "只有复核完成的考核可以确定结果");
        if (Today <= a.ObjectionDueOn)
            throw new DomainException("State", $"异议期至{a.ObjectionDueOn:yyyy年M月d日}，届满后才能确定结果");
        if (a.Scores.Any(s => s.Objection is not null && s.ObjectionAccepted is null))
            throw new DomainException("State", "还有异议尚未答复");
        var comment = Note(r.Comment, "Comment");
        var step = await workflow.StepAsync(a, r.Version, x =>
        {
            foreach (var s in x.Scores) s.FinalScore = s.ReviewScore;
            (x.State, x.FinalOn, x.Total, x.Comment) = (AssessmentState.Final, Today, Sum(x, s => s.FinalScore),
                comment);
            return new(Today, "确定结果", $"最终得分{x.Total:0.##}分" + (comment is null ? "" : $"：{comment}"));
        }, ct);
        await notifier.NotifyUnitAsync(a.UnitId, $"assessment:{a.Id}:final", $"{a.Year}年度考核结果",
            $"最终得分{a.Total:0.##}分。", $"/assessment/{a.Id}", ct);
        return step;
    }
}
