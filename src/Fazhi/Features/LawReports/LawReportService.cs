using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Notifications;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.LawReports;

/// <summary>述法 and duty lists: the arranger's yearly list of who owes a 述法 and how, each unit's report, the
/// arranger's grade; and each unit's 第一责任人职责清单.</summary>
public sealed class LawReportService(FazhiDb db, CaseWorkflow workflow, Notifier notifier, TimeProvider clock)
    : IDueSource
{
    public const string NotFound = "述法记录不存在或不在您的数据权限范围内";
    const int MaxContent = 20_000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public Task<List<LawReport>> ListAsync(int year, CancellationToken ct = default) =>
        db.LawReports.AsNoTracking().Include(r => r.Unit).Where(r => r.Year == year)
            .OrderBy(r => r.Form).ThenBy(r => r.Unit!.Path).ToListAsync(ct);

    public Task<LawReport?> FindAsync(int id, CancellationToken ct = default) =>
        db.LawReports.Include(r => r.Unit).Include(r => r.ArrangerUnit).FirstOrDefaultAsync(r => r.Id == id, ct);

    public bool CanGive(LawReport r) => r.Grade is null && db.Scope.CanWrite(r.UnitId, r.CreatedById);

    public bool CanGrade(LawReport r) => r.ReportedOn is not null && db.Scope.CanWrite(r.ArrangerUnitId, null);

    public bool MayArrange(int unitId) => db.Scope.CanRegisterFor(unitId);

    /// <summary>The units the caller may ask a 述法 of: its scope, courts aside.</summary>
    public async Task<List<Unit>> UnitsAsync(CancellationToken ct = default) =>
        (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court).OrderBy(u => u.Path).ToListAsync(ct))
        .Where(u => db.Scope.Covers(u.Id)).ToList();

    /// <summary>Arranges the year's 述法, all or nothing: a unit outside the caller's scope, or one already arranged
    /// for the year, refuses the whole list. Each unit is told.</summary>
    public async Task<List<LawReport>> ArrangeAsync(ArrangeLawReportsRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.ArrangerUnitId, ct) || !db.Scope.CanRegisterFor(r.ArrangerUnitId))
            throw new DomainException("ArrangerUnitId", "请选择您数据权限内的组织单位");
        if (r.Year < 2000 || r.Year > Today.Year) throw new DomainException("Year", "述法年度应为本年或以前年度");
        if (r.DueOn < new DateOnly(r.Year, 1, 1)) throw new DomainException("DueOn", "述法截止日期不能早于述法年度");
        var ids = (r.UnitIds ?? []).Distinct().ToList();
        if (ids.Count == 0) throw new DomainException("UnitIds", "请选择应述法的单位");
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        if (units.Count != ids.Count || units.Any(u => !db.Scope.Covers(u.Id)))
            throw new DomainException("UnitIds", "所选单位应在您的数据权限内");
        var arranged = await db.LawReports.IgnoreQueryFilters().Where(x => x.Year == r.Year
            && x.ArrangerUnitId == r.ArrangerUnitId && ids.Contains(x.UnitId)).Select(x => x.Unit!.Name)
            .ToListAsync(ct);
        if (arranged.Count > 0)
            throw new DomainException("UnitIds", $"{string.Join("、", arranged)}{r.Year}年度述法已安排");
        var leaders = (await db.DutyLists.IgnoreQueryFilters().AsNoTracking().Where(d => ids.Contains(d.UnitId))
            .OrderBy(d => d.Id).ToListAsync(ct)).DistinctBy(d => d.UnitId).ToDictionary(d => d.UnitId);
        var meeting = (r.MeetingUnitIds ?? []).ToHashSet();
        var reports = units.Select(u => new LawReport
        {
            UnitId = u.Id, ArrangerUnitId = r.ArrangerUnitId, Year = r.Year, DueOn = r.DueOn,
            Form = meeting.Contains(u.Id) ? LawReportForm.Meeting : LawReportForm.Written,
            LeaderName = leaders.GetValueOrDefault(u.Id)?.LeaderName,
            LeaderPost = leaders.GetValueOrDefault(u.Id)?.LeaderPost,
            CreatedById = db.Scope.OwnUserId,
        }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.LawReports.AddRange(reports);
        await db.SaveChangesAsync(ct);
        foreach (var x in reports)
            db.Timeline.Add(workflow.Entry<LawReport>(x.Id, new(Today, "安排述法",
                $"{r.Year}年度{LawReportLabels.Form(x.Form)}，{x.DueOn:yyyy年M月d日}前完成")));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var x in reports)
            await notifier.NotifyUnitAsync(x.UnitId, $"lawreport:{x.Id}", $"{r.Year}年度述法",
                $"请于{x.DueOn:yyyy年M月d日}前完成{LawReportLabels.Form(x.Form)}。", $"/lawreports/{x.Id}", ct);
        return reports;
    }

    /// <summary>The unit's 述法; given again before it is graded, it replaces the text (audited).</summary>
    public async Task<LawReport> GiveAsync(int id, GiveLawReportRequest r, CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (report.Grade is not null) throw new DomainException("Version", "该述法已评议，不能修改");
        var name = RequiredText.Of(r.LeaderName, "LeaderName", "述法人姓名", 50);
        var post = RequiredText.Of(r.LeaderPost, "LeaderPost", "职务", 100);
        var content = RequiredText.Of(r.Content, "Content", "述法内容", MaxContent);
        if (r.ReportedOn > Today) throw new DomainException("ReportedOn", "述法日期不能晚于今天");
        if (r.ReportedOn < new DateOnly(report.Year, 1, 1))
            throw new DomainException("ReportedOn", "述法日期不能早于述法年度");
        return await workflow.StepAsync(report, r.Version, x =>
        {
            var again = x.ReportedOn is not null;
            (x.LeaderName, x.LeaderPost, x.ReportedOn, x.Content) = (name, post, r.ReportedOn, content);
            return new(r.ReportedOn, again ? "更正述法" : "述法", $"{post}{name}{LawReportLabels.Form(x.Form)}");
        }, ct);
    }

    /// <summary>评议, the arranger's alone, once the 述法 is given.</summary>
    public async Task<LawReport> GradeAsync(int id, GradeLawReportRequest r, CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct) ?? throw new KeyNotFoundException(NotFound);
        if (!db.Scope.CanWrite(report.ArrangerUnitId, null)) throw new DomainException("Grade", "评议由组织述法的单位进行");
        if (report.ReportedOn is null) throw new DomainException("Grade", "尚未述法，不能评议");
        if (!Enum.IsDefined(r.Grade)) throw new DomainException("Grade", "评议结果应为好、较好、一般或差");
        var note = (r.Note ?? "").Trim();
        if (note.Length > 2000) throw new DomainException("Note", "评议意见不超过2000字");
        return await workflow.StepAsync(report, r.Version, x =>
        {
            (x.Grade, x.GradedOn, x.GradeNote) = (r.Grade, Today, note.Length > 0 ? note : null);
            return new(Today, "评议", $"评议为“{LawReportLabels.Grade(r.Grade)}”{(note.Length > 0 ? "：" + note : "")}");
        }, ct);
    }

    public Task<List<DutyList>> DutyListsAsync(CancellationToken ct = default) =>
        db.DutyLists.AsNoTracking().Include(d => d.Unit).OrderBy(d => d.Unit!.Path).ToListAsync(ct);

    /// <summary>Adopts the duty list of a unit's post, replacing the one before.</summary>
    public async Task<DutyList> SaveDutyListAsync(SaveDutyListRequest r, CancellationToken ct = default)
    {
        if (!await db.Units.AnyAsync(u => u.Id == r.UnitId, ct) || !db.Scope.Covers(r.UnitId))
            throw new DomainException("UnitId", "请选择您数据权限内的单位");
        var post = RequiredText.Of(r.LeaderPost, "LeaderPost", "职务", 100);
        var list = await db.DutyLists.FirstOrDefaultAsync(d => d.UnitId == r.UnitId && d.LeaderPost == post, ct);
        if (list is null) db.DutyLists.Add(list = new DutyList { UnitId = r.UnitId, LeaderPost = post });
        list.LeaderName = RequiredText.Of(r.LeaderName, "LeaderName", "主要负责人姓名", 50);
        list.Duties = RequiredText.Of(r.Duties, "Duties", "职责清单", MaxContent);
        list.AdoptedOn = r.AdoptedOn <= Today ? r.AdoptedOn
            : throw new DomainException("AdoptedOn", "印发日期不能晚于今天");
        await db.SaveChangesAsync(ct);
        return list;
    }

    static readonly DeadlineRule Rule =
        new("lawreports.due", "述法", 0, PeriodUnit.CalendarDay, "年度述法安排", "安排述法");

    public static TrackedDeadline Deadline(LawReport r) => new(new DeadlineResult(Rule, new DateOnly(r.Year, 1, 1),
        r.DueOn, false, ["组织单位安排述法时确定的截止日期"]), null, r.ReportedOn);

    public async Task<IReadOnlyList<DueEntry>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(TrackedDeadline.DueSoonDays);
        var owed = await db.LawReports.AsNoTracking().Include(r => r.Unit)
            .Where(r => r.ReportedOn == null && r.DueOn <= soon).ToListAsync(ct);
        return [.. owed.Select(r => (r, d: Deadline(r))).Select(x => new DueEntry("述法", $"{x.r.Year}年度述法",
            LawReportLabels.Form(x.r.Form), x.r.Unit?.Name ?? "", x.d, x.d.StateOn(today), $"/lawreports/{x.r.Id}"))];
    }
}
