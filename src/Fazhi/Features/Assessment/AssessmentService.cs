using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Notifications;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Assessment;

/// <summary>The year's assessment of each unit, step by step: the unit scores itself with evidence and submits; the
/// assessor reviews every leaf (figure leaves scored from the unit's figures, with the working) and gives the unit
/// an objection period; objections are answered; the assessor fixes the final scores.</summary>
public sealed partial class AssessmentService(FazhiDb db, CaseWorkflow workflow, Notifier notifier,
    DeadlineCalculator calculator, Kernel.Figures.FigureService figures, TimeProvider clock)
{
    public const string NotFound = "考核不存在或不在您的数据权限范围内";
    public const long MaxEvidenceBytes = 20_000_000;
    public const int MaxEvidenceFiles = 20, MaxNote = 2000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<List<UnitAssessment>> ListAsync(int? systemId = null, CancellationToken ct = default) =>
        db.Assessments.AsNoTracking().Include(a => a.Unit).Include(a => a.Scores)
            .Where(a => systemId == null || a.SystemId == systemId)
            .OrderByDescending(a => a.Year).ThenBy(a => a.SystemId).ThenBy(a => a.Unit!.Path).ToListAsync(ct);

    /// <summary>The assessment with its scores and its system's tree, which the assessed unit reads though the system
    /// is the assessor's.</summary>
    public async Task<UnitAssessment?> FindAsync(int id, CancellationToken ct = default)
    {
        var a = await db.Assessments.Include(x => x.Unit).Include(x => x.AssessorUnit).Include(x => x.Scores)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        // Tracked, so the store ties it to the assessment (nothing on it is changed here).
        a.System = await db.IndicatorSystems.IgnoreQueryFilters().Include(s => s.Indicators)
            .FirstAsync(s => s.Id == a.SystemId, ct);
        return a;
    }

    public bool IsAssessed(UnitAssessment a) => db.Scope.CanWrite(a.UnitId, null);
    public bool IsAssessor(UnitAssessment a) => db.Scope.CanWrite(a.AssessorUnitId, a.CreatedById);

    /// <summary>The units the caller may assess: its scope, courts aside.</summary>
    public async Task<List<Unit>> UnitsAsync(CancellationToken ct = default) =>
        (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court).OrderBy(u => u.Path).ToListAsync(ct))
        .Where(u => db.Scope.Covers(u.Id)).ToList();

    /// <summary>Starts the assessment of the units on the system, all or nothing; each unit is told.</summary>
    public async Task<List<UnitAssessment>> StartAsync(int systemId, StartAssessmentRequest r,
        CancellationToken ct = default)
    {
        var system = await db.IndicatorSystems.Include(s => s.Indicators).FirstOrDefaultAsync(s => s.Id == systemId, ct)
                     ?? throw new KeyNotFoundException(IndicatorService.NotFound);
        if (!db.Scope.CanWrite(system.UnitId, system.CreatedById))
            throw new DomainException("SystemId", "只有制定该指标体系的单位能启动考核");
        var leaves = new IndicatorTree(system.Indicators).Leaves.ToList();
        if (leaves.Count == 0) throw new DomainException("SystemId", "指标体系还没有指标");
        if (r.SelfDueOn < Today) throw new DomainException("SelfDueOn", "自评截止日期不能早于今天");
        var ids = (r.UnitIds ?? []).Distinct().ToList();
        if (ids.Count == 0) throw new DomainException("UnitIds", "请选择考核对象");
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        if (units.Count != ids.Count || units.Any(u => !db.Scope.Covers(u.Id) || u.Id == system.UnitId))
            throw new DomainException("UnitIds", "考核对象应为您数据权限内的其他单位");
        var started = await db.Assessments.IgnoreQueryFilters().Where(a => a.SystemId == systemId
            && ids.Contains(a.UnitId)).Select(a => a.Unit!.Name).ToListAsync(ct);
        if (started.Count > 0) throw new DomainException("UnitIds", $"{string.Join("、", started)}已在考核中");
        var list = units.OrderBy(u => u.Path).Select(u => new UnitAssessment
        {
            SystemId = system.Id, AssessorUnitId = system.UnitId, UnitId = u.Id, Year = system.Year,
            State = AssessmentState.SelfAssessing, SelfDueOn = r.SelfDueOn, CreatedById = db.Scope.OwnUserId,
            Scores = [.. leaves.Select(l => new AssessmentScore
                { UnitId = u.Id, AssessorUnitId = system.UnitId, IndicatorId = l.Indicator.Id })],
        }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Assessments.AddRange(list);
        await db.SaveChangesAsync(ct);
        foreach (var a in list)
            db.Timeline.Add(workflow.Entry<UnitAssessment>(a.Id, new(Today, "启动考核",
                $"{system.Name}，{a.SelfDueOn:yyyy年M月d日}前完成自评")));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var a in list)
            await notifier.NotifyUnitAsync(a.UnitId, $"assessment:{a.Id}", $"{system.Year}年度考核自评",
                $"请于{a.SelfDueOn:yyyy年M月d日}前按“{system.Name}”完成自评并提交佐证材料。", $"/assessment/{a.Id}", ct);
        return list;
    }

    async Task<UnitAssessment> LoadAsync(int id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);

    static void Expect(UnitAssessment a, AssessmentState state, string message)
    {
        if (a.State != state) throw new DomainException("State", message);
    }

    AssessmentScore ScoreOf(UnitAssessment a, int indicatorId) =>
        a.Scores.FirstOrDefault(s => s.IndicatorId == indicatorId)
        ?? throw new DomainException("IndicatorId", "该指标不是本次考核的末级指标");

    static decimal PointsOf(UnitAssessment a, int indicatorId) =>
        a.System!.Indicators.First(i => i.Id == indicatorId).Points ?? 0;

    static decimal Checked(decimal? score, decimal points, string field)
    {
        if (score is not { } s || s < 0 || s > points || decimal.Round(s, 2) != s)
            throw new DomainException(field, $"得分应在0至{points:0.##}分之间（最多两位小数）");
        return s;
    }

    static string? Note(string? text, string field) => (text ?? "").Trim() is { Length: > 0 } t
        ? t.Length <= MaxNote ? t : throw new DomainException(field, $"说明不超过{MaxNote}字")
        : null;

    /// <summary>The unit's own scores: on the leaves a reviewer scores (a figure leaf is scored from the figure).
    /// </summary>
    public async Task<UnitAssessment> SelfAssessAsync(int id, ScoresRequest r, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessed(a)) throw new DomainException("State", "自评由被考核单位填报");
        Expect(a, AssessmentState.SelfAssessing, "自评已提交，不能修改");
        var auto = AutoLeaves(a);
        foreach (var leaf in r.Scores ?? [])
        {
            var s = ScoreOf(a, leaf.IndicatorId);
            if (auto.Contains(leaf.IndicatorId)) continue;
            s.SelfScore = leaf.Score is null ? null : Checked(leaf.Score, PointsOf(a, leaf.IndicatorId), "Score");
            s.SelfNote = Note(leaf.Note, "Note");
        }
        return await workflow.StepAsync(a, r.Version, x =>
            new(Today, "保存自评", $"已自评{x.Scores.Count(s => s.SelfScore is not null)}项"), ct);
    }

    /// <summary>Leaves scored from a figure the platform has: no self or review score needed.</summary>
    HashSet<int> AutoLeaves(UnitAssessment a) => a.System!.Indicators
        .Where(i => i.Method is ScoringMethod.Figure or ScoringMethod.Deduction && i.FigureKey is { } k
                    && figures.Sources.Any(s => k.StartsWith(s.Area + ".")))
        .Select(i => i.Id).ToHashSet();

    public async Task<UnitAssessment> AddEvidenceAsync(int id, int version, int indicatorId,
        (string Name, string ContentType, Stream Content) file, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessed(a)) throw new DomainException("Evidence", "佐证材料由被考核单位上传");
        Expect(a, AssessmentState.SelfAssessing, "自评已提交，不能再上传佐证材料");
        _ = ScoreOf(a, indicatorId);
        var kept = await EvidenceFile.ReadAsync(file, MaxEvidenceBytes, ct);
        if (await db.AssessmentEvidence.CountAsync(f => f.AssessmentId == id && f.IndicatorId == indicatorId, ct)
            >= MaxEvidenceFiles)
            throw new DomainException("Evidence", $"每项指标最多{MaxEvidenceFiles}个佐证材料");
        var evidence = new AssessmentEvidence
            { AssessmentId = a.Id, UnitId = a.UnitId, AssessorUnitId = a.AssessorUnitId, IndicatorId = indicatorId };
        evidence.Keep(kept, Today);
        db.AssessmentEvidence.Add(evidence);
        var code = new IndicatorTree(a.System!.Indicators).Find(indicatorId)!.Code;
        return await workflow.StepAsync(a, version, _ => new(Today, "上传佐证材料", $"指标{code}：{kept.Name}"), ct);
    }

    public Task<List<EvidenceInfo>> EvidenceOfAsync(int id, CancellationToken ct = default) =>
        db.AssessmentEvidence.AsNoTracking().Where(f => f.AssessmentId == id).OrderBy(f => f.Id)
            .Select(f => new EvidenceInfo(f.Id, f.IndicatorId, f.Name, f.Size, f.Sha256)).ToListAsync(ct);

    public Task<AssessmentEvidence?> EvidenceAsync(int evidenceId, CancellationToken ct = default) =>
        db.AssessmentEvidence.AsNoTracking().FirstOrDefaultAsync(f => f.Id == evidenceId, ct);

    /// <summary>提交自评: every leaf a reviewer scores has the unit's own score.</summary>
    public async Task<UnitAssessment> SubmitAsync(int id, VersionRequest r, CancellationToken ct = default)
    {
        var a = await LoadAsync(id, ct);
        if (!IsAssessed(a)) throw new DomainException("State", "自评由被考核单位提交");
        Expect(a, AssessmentState.SelfAssessing, "自评已提交");
        var auto = AutoLeaves(a);
        var tree = new IndicatorTree(a.System!.Indicators);
        var missing = a.Scores.Where(s => s.SelfScore is null && !auto.Contains(s.IndicatorId))
            .Select(s => tree.Find(s.IndicatorId)!.Code).ToList();
        if (missing.Count > 0) throw new DomainException("Scores", $"以下指标尚未自评：{string.Join("、", missing)}");
        var step = await workflow.StepAsync(a, r.Version, x =>
        {
            (x.State, x.SubmittedOn) = (AssessmentState.Submitted, Today);
            return new(Today, "提交自评", $"自评得分{x.Scores.Sum(s => s.SelfScore ?? 0):0.##}分（不含数据自动评分项）");
        }, ct);
        await notifier.NotifyUnitAsync(a.AssessorUnitId, $"assessment:{a.Id}:submitted",
            $"{a.Unit?.Name}已提交{a.Year}年度考核自评", "请复核评分。", $"/assessment/{a.Id}", ct);
        return step;
    }

    public sealed record EvidenceInfo(int Id, int IndicatorId, string Name, long Size, string Sha256);
}
