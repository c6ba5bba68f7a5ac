using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

/// <summary>清理: a government's campaign over the documents in force of its scope, each judged 继续有效, 修改, 废止 or
/// 失效 with its reason. A repeal or a lapse ends the document at once and takes it out of the library.</summary>
public sealed partial class NormativeService
{
    public Task<List<CleanupCampaign>> CleanupsAsync(CancellationToken ct = default) =>
        db.NormativeCleanups.AsNoTracking().Include(c => c.Unit).Include(c => c.Entries)
            .OrderByDescending(c => c.StartedOn).ThenByDescending(c => c.Id).ToListAsync(ct);

    public Task<CleanupCampaign?> CleanupAsync(int id, CancellationToken ct = default) =>
        db.NormativeCleanups.Include(c => c.Unit).Include(c => c.Entries).FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The documents in force the campaign may judge: of its unit and below, within the caller's scope.
    /// </summary>
    public async Task<List<NormativeDocument>> CleanupDocumentsAsync(CleanupCampaign c, CancellationToken ct = default)
    {
        var path = await db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Path).SingleAsync(ct);
        var judged = c.Entries.Select(e => e.DocumentId).ToList();
        var documents = await db.NormativeDocuments.AsNoTracking().Include(d => d.Unit)
            .Where(d => d.Unit!.Path.StartsWith(path) && (d.State == NormativeState.InForce || judged.Contains(d.Id)))
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Id).Take(2000).ToListAsync(ct);
        return [.. documents.OrderBy(d => judged.Contains(d.Id))];
    }

    public async Task<CleanupCampaign> OpenCleanupAsync(OpenCleanupRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId && u.Kind == UnitKind.Government, ct)
            || !db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的人民政府");
        if (r.StartedOn > Today) throw new DomainException("StartedOn", "开始日期不能晚于今天");
        var campaign = new CleanupCampaign
            { UnitId = r.UnitId, StartedOn = r.StartedOn, Title = RequiredText.Of(r.Title, "Title", "清理工作名称", 100) };
        return await workflow.RegisterAsync(campaign, new(r.StartedOn, "启动清理", campaign.Title), ct);
    }

    public async Task<CleanupCampaign> JudgeAsync(int id, CleanupVerdictRequest r, CancellationToken ct = default)
    {
        var c = await CleanupAsync(id, ct) ?? throw new KeyNotFoundException(CleanupNotFound);
        if (c.ClosedOn is not null) throw new DomainException("Verdict", "清理工作已结束");
        if (!Enum.IsDefined(r.Verdict)) throw new DomainException("Verdict", "请选择清理结论");
        var reason = RequiredText.Of(r.Reason, "Reason", "清理理由", NormativeRules.MaxText);
        var path = await db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Path).SingleAsync(ct);
        var d = await db.NormativeDocuments.Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == r.DocumentId
                && x.Unit!.Path.StartsWith(path), ct)
            ?? throw new DomainException("DocumentId", "该文件不在本次清理范围内");
        if (c.Entries.Any(e => e.DocumentId == d.Id)) throw new DomainException("DocumentId", "该文件已作出清理结论");
        if (d.State != NormativeState.InForce) throw new DomainException("DocumentId", "该文件已不再有效");
        if (!db.Scope.CanWrite(d.UnitId, d.CreatedById))
            throw new DomainException("DocumentId", "该文件不在您的办理范围内");
        var verdict = NormativeLabels.Verdict(r.Verdict);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await workflow.StepAsync(c, r.Version, x =>
        {
            x.Entries.Add(new CleanupEntry
                { UnitId = x.UnitId, DocumentId = d.Id, Verdict = r.Verdict, Reason = reason, On = Today });
            return new(Today, "清理结论", $"《{d.Title}》（{d.Number}）：{verdict}，{reason}");
        }, ct);
        if (r.Verdict != CleanupVerdict.Keep)
        {
            await workflow.StepAsync(d, d.Version, x =>
            {
                if (r.Verdict == CleanupVerdict.Amend) x.AmendmentDue = reason;
                else (x.State, x.EndedOn, x.EndReason) = (r.Verdict == CleanupVerdict.Repeal
                    ? NormativeState.Repealed : NormativeState.Lapsed, Today, reason);
                return new(Today, "清理", $"{c.Title}：{verdict}，{reason}");
            }, ct);
            if (r.Verdict is CleanupVerdict.Repeal or CleanupVerdict.Lapse) await library.RemoveAsync(d.Id, ct);
        }
        await tx.CommitAsync(ct);
        return c;
    }

    public async Task<CleanupCampaign> CloseCleanupAsync(int id, CloseCleanupRequest r, CancellationToken ct = default)
    {
        var c = await CleanupAsync(id, ct) ?? throw new KeyNotFoundException(CleanupNotFound);
        return await workflow.StepAsync(c, r.Version, x =>
        {
            if (x.ClosedOn is not null) throw new DomainException("ClosedOn", "清理工作已结束");
            if (r.ClosedOn > Today || r.ClosedOn < x.StartedOn)
                throw new DomainException("ClosedOn", "结束日期应在开始日期和今天之间");
            if (x.Entries.Count == 0) throw new DomainException("ClosedOn", "尚未对任何文件作出清理结论");
            x.ClosedOn = r.ClosedOn;
            return new(r.ClosedOn, "公布清理结果", CleanupSummary(x));
        }, ct);
    }

    /// <summary>Documents whose validity ended lapse (失效) the day after their last day, on their timeline, and leave
    /// the library. Run each night (normative.lapse).</summary>
    public async Task<string> LapseAsync(CancellationToken ct = default)
    {
        var today = Today;
        var ended = await db.NormativeDocuments.Where(d => d.State == NormativeState.InForce && d.ValidUntil < today)
            .OrderBy(d => d.Id).Take(1000).ToListAsync(ct);
        foreach (var d in ended)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await workflow.StepAsync(d, d.Version, x =>
            {
                (x.State, x.EndedOn, x.EndReason) = (NormativeState.Lapsed, x.ValidUntil!.Value.AddDays(1), "有效期届满");
                return new(x.EndedOn.Value, "失效", $"有效期至{x.ValidUntil:yyyy-MM-dd}，期满失效");
            }, ct);
            await library.RemoveAsync(d.Id, ct);
            await tx.CommitAsync(ct);
        }
        return $"规范性文件期满失效{ended.Count}件";
    }

    /// <summary>"清理规范性文件695件，继续有效512件，修改…，废止183件，失效…" as the campaign stands.</summary>
    public static string CleanupSummary(CleanupCampaign c) => $"清理规范性文件{c.Entries.Count}件，" + string.Join("，",
        Enum.GetValues<CleanupVerdict>()
            .Select(v => $"{NormativeLabels.Verdict(v)}{c.Entries.Count(e => e.Verdict == v)}件"));
}
