using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

/// <summary>The 立案台账 in from Excel: cases an agency has open when it starts recording here, each checked as a
/// registration is (its power from the agency's list, two certified officers by name or certificate number, the
/// party's code). All or nothing: every bad cell is reported with its row and column.</summary>
public static class CaseImport
{
    public static readonly string[] Columns =
    [
        "案号", "执法单位", "执法事项", "当事人类型", "当事人", "证件号码", "立案日期",
        "执法人员", "案件事实", "证据", "法制审核情形",
    ];
    static readonly string[] Required =
        ["案号", "执法单位", "执法事项", "当事人类型", "当事人", "立案日期", "执法人员",
            "案件事实"];
    static readonly char[] NameSeparators = ['、', ',', '，', ';', '；', ' '];

    public static async Task<ImportResult> ImportAsync(IServiceProvider sp, Stream input,
        CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<FazhiDb>();
        var calc = sp.GetRequiredService<DeadlineCalculator>();
        var today = sp.GetRequiredService<CaseService>().Today;
        var sheet = SheetReader.Open(input, Required);
        var errors = sheet.Errors;
        if (errors.Count > 0) return new ImportResult(0, "件", errors);
        var agencies = await UnitColumn.LoadAsync(db, ct);
        var powers = (await db.EnforcementPowers.AsNoTracking().ToListAsync(ct)).ToLookup(p => (p.UnitId, p.Name));
        // Tracked: the cases refer to them as their handlers' officers.
        var officers = (await db.EnforcementOfficers.ToListAsync(ct)).ToLookup(o => o.UnitId);
        var seen = new Dictionary<(int, string), int>();
        var cases = new List<(EnforcementCase Case, string Power, List<EnforcementOfficer> Team)>();
        foreach (var (row, cells) in sheet.Rows)
        {
            if (SheetReader.StopAt(errors, row)) break;
            var before = errors.Count;
            var unitId = agencies.Resolve(cells, "执法单位", row, errors);
            var filed = SheetReader.Date(cells, "立案日期", row, errors);
            var partyKind = PartyOf(SheetReader.Text(cells, "当事人类型"), row, errors);
            var ground = GroundOf(SheetReader.Text(cells, "法制审核情形"), row, errors);
            if (errors.Count > before) continue;
            var powerName = SheetReader.Text(cells, "执法事项")!;
            if (powers[(unitId, powerName)].FirstOrDefault() is not { } power)
            {
                errors.Add(new RowError(row, "执法事项", $"本单位权责清单中没有事项“{powerName}”"));
                continue;
            }
            var team = TeamOf(SheetReader.Text(cells, "执法人员")!, officers[unitId].ToList(), row, errors);
            if (errors.Count > before) continue;
            var c = new EnforcementCase
            {
                Number = SheetReader.Text(cells, "案号") ?? "", PowerId = power.Id, PartyKind = partyKind!.Value,
                PartyName = SheetReader.Text(cells, "当事人") ?? "",
                PartyCode = SheetReader.Text(cells, "证件号码"),
                Facts = SheetReader.Text(cells, "案件事实") ?? "",
                Evidence = SheetReader.Text(cells, "证据") ?? "",
                FiledOn = filed!.Value, ReviewGround = ground, CreatedById = db.Scope.OwnUserId,
            };
            try
            {
                CaseRules.Register(c, power, team, today);
                if (await db.EnforcementCases.IgnoreQueryFilters()
                        .AnyAsync(x => x.UnitId == c.UnitId && x.Number == c.Number, ct))
                    throw new DomainException(nameof(c.Number), $"本单位已有案号“{c.Number}”");
                if (seen.TryGetValue((c.UnitId, c.Number), out var first))
                    throw new DomainException(nameof(c.Number), $"案号与第{first}行重复");
                seen[(c.UnitId, c.Number)] = row;
                CaseDeadlines.FixDecisionDue(c, calc);
                cases.Add((c, power.Name, team));
            }
            catch (DomainException e) { errors.Add(new RowError(row, ColumnOf(e.Field), e.Message)); }
        }
        if (errors.Count > 0) return new ImportResult(0, "件", errors);
        await SaveAsync(db, sp.GetRequiredService<CaseWorkflow>(), cases, ct);
        return new ImportResult(cases.Count, "件", errors);
    }

    /// <summary>The cases, then their 立案 timeline entries (which need the ids), in one transaction.</summary>
    static async Task SaveAsync(FazhiDb db, CaseWorkflow workflow,
        List<(EnforcementCase Case, string Power, List<EnforcementOfficer> Team)> cases, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.EnforcementCases.AddRange(cases.Select(x => x.Case));
        await db.SaveChangesAsync(ct);
        db.Timeline.AddRange(cases.Select(x => workflow.Entry<EnforcementCase>(x.Case.Id,
            CaseSteps.Filed(x.Case, x.Power, x.Team.Select(o => o.Name)))));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    static PartyKind? PartyOf(string? text, int row, List<RowError> errors)
    {
        PartyKind? kind = text switch
        {
            null => null,
            "自然人" or "个人" or "公民" => PartyKind.Person,
            _ when text.Contains("法人") || text.Contains("组织") || text == "单位" => PartyKind.Organisation,
            _ => null,
        };
        if (kind is null && text is not null)
            errors.Add(new RowError(row, "当事人类型",
                $"“{text}”应为“自然人”或“法人或其他组织”"));
        return kind;
    }

    static ReviewGround? GroundOf(string? text, int row, List<RowError> errors)
    {
        if (text is null or "无" or "否") return null;
        var match = CaseLabels.Ground.Where(g => g.Value.StartsWith(text) || text.Contains(g.Value[..4]))
            .Select(g => (ReviewGround?)g.Key).FirstOrDefault();
        if (match is null)
            errors.Add(new RowError(row, "法制审核情形",
                $"“{text}”不是行政处罚法第58条的情形（重大公共利益、疑难复杂、" +
                "法律法规规定），不属于的请留空"));
        return match;
    }

    /// <summary>Officers by name or 执法证号, each one of the agency's and unambiguous.</summary>
    static List<EnforcementOfficer> TeamOf(string text, List<EnforcementOfficer> agency, int row,
        List<RowError> errors)
    {
        var team = new List<EnforcementOfficer>();
        foreach (var token in text.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var found = agency.Where(o => o.Name == token || o.CertificateNumber == token).ToList();
            if (found.Count == 1) team.Add(found[0]);
            else errors.Add(new RowError(row, "执法人员", found.Count == 0
                ? $"本单位没有执法人员“{token}”"
                : $"本单位有{found.Count}名执法人员名为“{token}”，请改填执法证号"));
        }
        return team;
    }

    static string ColumnOf(string field) => field switch
    {
        nameof(EnforcementCase.Number) => "案号",
        nameof(EnforcementCase.PartyName) => "当事人",
        nameof(EnforcementCase.PartyCode) => "证件号码",
        nameof(EnforcementCase.Facts) => "案件事实",
        nameof(EnforcementCase.FiledOn) => "立案日期",
        nameof(EnforcementCase.PowerId) => "执法事项",
        "HandlerIds" => "执法人员",
        _ => "案号",
    };
}
