using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>案卷评查 in the caller's scope: standards, campaigns that sample decided cases, and scoring.</summary>
public class ReviewService(FazhiDb db, TimeProvider clock)
{
    public const int MaxSample = 1000;
    public const string NotFound = "评查记录不存在或不在您的数据权限范围内";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<List<ReviewRubric>> RubricsAsync(CancellationToken ct = default) =>
        db.ReviewRubrics.AsNoTracking().Include(r => r.Items).Include(r => r.Bands).AsSplitQuery()
            .OrderByDescending(r => r.Id).ToListAsync(ct);

    public Task<List<ReviewCampaign>> CampaignsAsync(CancellationToken ct = default) =>
        db.ReviewCampaigns.AsNoTracking().Include(c => c.Unit).Include(c => c.Files)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).ToListAsync(ct);

    public async Task<ReviewRubric> CreateRubricAsync(RubricRequest r, CancellationToken ct = default)
    {
        if (!db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "无权为该单位制定评查标准（超出数据权限范围）");
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct)) throw new DomainException("UnitId", "单位不存在");
        var rubric = ReviewRules.Parse(r.UnitId, r.Name, r.Items, r.Bands);
        rubric.CreatedById = db.Scope.OwnUserId;
        db.ReviewRubrics.Add(rubric);
        await db.SaveChangesAsync(ct);
        return rubric;
    }

    /// <summary>Draws the sample: decided cases of the year from the organiser's units, ordered by a hash of a fresh
    /// seed (stored, so the draw can be checked), the first SampleSize kept.</summary>
    public async Task<ReviewCampaign> CreateCampaignAsync(CampaignRequest r, CancellationToken ct = default)
    {
        if (!db.Scope.CanRegisterFor(r.UnitId))
            throw new DomainException("UnitId", "无权为该单位组织评查（超出数据权限范围）");
        var organiser = await db.Units.FirstOrDefaultAsync(u => u.Id == r.UnitId, ct)
                        ?? throw new DomainException("UnitId", "单位不存在");
        var rubric = await db.ReviewRubrics.FirstOrDefaultAsync(x => x.Id == r.RubricId, ct)
                     ?? throw new DomainException("RubricId", "请选择评查标准");
        var name = (r.Name ?? "").Trim();
        if (name.Length is 0 or > 100) throw new DomainException("Name",
            "请填写评查活动名称（100字以内）");
        if (r.Year < 2000 || r.Year > Today.Year) throw new DomainException("Year",
            $"年度应在2000至{Today.Year}之间");
        if (r.SampleSize is < 1 or > MaxSample)
            throw new DomainException("SampleSize", $"抽取案卷数应在1至{MaxSample}之间");
        var (from, to) = Years.Span(r.Year);
        var pool = await db.EnforcementCases.Where(c => c.Unit!.Path.StartsWith(organiser.Path)
                && c.DecidedOn >= from && c.DecidedOn <= to && (r.Kind == null || c.Kind == r.Kind))
            .Select(c => new { c.Id, c.UnitId }).ToListAsync(ct);
        if (pool.Count == 0)
            throw new DomainException("Year",
                $"{organiser.Name}及下属单位{r.Year}年没有已作出决定的案件可供抽取");
        var seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));
        var units = pool.ToDictionary(c => c.Id, c => c.UnitId);
        var campaign = new ReviewCampaign
        {
            UnitId = organiser.Id, RubricId = rubric.Id, Name = name, Year = r.Year, Kind = r.Kind,
            SampleSize = r.SampleSize, PoolSize = pool.Count, Seed = seed, SampledOn = Today,
            CreatedById = db.Scope.OwnUserId,
        };
        campaign.Files = ReviewRules.Sample(units.Keys, seed, r.SampleSize).Select(id => new FileReview
        {
            OrganiserUnitId = organiser.Id, CaseId = id, CaseUnitId = units[id], Year = r.Year,
            CreatedById = db.Scope.OwnUserId,
        }).ToList();
        db.ReviewCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    /// <summary>A campaign with its standard and files. The standard and the cases are read past their scope
    /// filters: a caller who sees the campaign may see what it was drawn and scored against.</summary>
    public async Task<ReviewCampaign?> FindCampaignAsync(int id, CancellationToken ct = default)
    {
        var c = await db.ReviewCampaigns.AsNoTracking().Include(c => c.Unit).Include(c => c.Files)
            .ThenInclude(f => f.Scores).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null) return null;
        c.Rubric = await RubricAsync(c.RubricId, ct);
        var ids = c.Files.Select(f => f.CaseId).ToList();
        var cases = await db.EnforcementCases.IgnoreQueryFilters().AsNoTracking().Include(x => x.Unit)
            .Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        foreach (var f in c.Files) f.Case = cases.GetValueOrDefault(f.CaseId);
        return c;
    }

    Task<ReviewRubric> RubricAsync(int id, CancellationToken ct) =>
        db.ReviewRubrics.IgnoreQueryFilters().AsNoTracking().Include(r => r.Items).Include(r => r.Bands)
            .AsSplitQuery().FirstAsync(r => r.Id == id, ct);

    /// <summary>A file with its campaign, standard and case (its officers included, for the veto hints).</summary>
    public async Task<FileReview?> FindFileAsync(int id, CancellationToken ct = default)
    {
        var f = await db.FileReviews.Include(f => f.Scores).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (f is null) return null;
        f.Campaign = await db.ReviewCampaigns.IgnoreQueryFilters().Include(c => c.Unit)
            .FirstAsync(c => c.Id == f.CampaignId, ct);
        f.Campaign.Rubric = await RubricAsync(f.Campaign.RubricId, ct);
        f.Case = await db.EnforcementCases.IgnoreQueryFilters().Include(c => c.Unit).Include(c => c.Power)
            .Include(c => c.Handlers).ThenInclude(h => h.Officer).AsSplitQuery().FirstAsync(c => c.Id == f.CaseId, ct);
        return f;
    }

    /// <summary>Only the organiser scores: the agency whose file it is sees the score but does not give it.</summary>
    public bool CanScore(FileReview f) => db.Scope.CanWrite(f.OrganiserUnitId, f.CreatedById);

    public async Task<FileReview> ScoreAsync(int id, ScoreRequest r, CancellationToken ct = default)
    {
        var f = await FindFileAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!CanScore(f)) throw new DomainException("Scores",
            "只有组织评查的单位可以评分，本单位只能查看");
        if (f.Version != r.Version)
            throw new DbUpdateConcurrencyException("该案卷已被他人评分，请刷新页面后重试");
        if (r.ReviewedOn > Today || r.ReviewedOn < f.Campaign!.SampledOn)
            throw new DomainException("ReviewedOn", "评查日期应在抽取之日至今天之间");
        ReviewRules.Score(f, f.Campaign!.Rubric!, r.Scores ?? [], db.Scope.Actor, r.ReviewedOn, r.Comment);
        db.Entry(f).Property(x => x.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return f;
    }
}
