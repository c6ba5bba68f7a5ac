using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Enforcement;

/// <summary>持证执法人员 and their yearly training, as of the year's last day.</summary>
public class EnforcementFigures(FazhiDb db) : SpecFigureSource<EnforcementOfficer>
{
    public override string Area => "enforcement";
    public override string AreaLabel => "行政执法";

    protected override IQueryable<EnforcementOfficer> InScope(FigureScope s) =>
        s.WholeTree ? db.EnforcementOfficers : db.EnforcementOfficers.Where(o => s.SubtreeUnitIds.Contains(o.UnitId));

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<EnforcementOfficer> records) =>
        records.OrderBy(o => o.Unit!.Name).ThenBy(o => o.Name).ThenBy(o => o.Id).Select(o => new FigureRecordRow(
            o.Id, o.CertificateNumber, o.Name, o.Unit!.Name, o.Status.ToString(), "/enforcement/officers"));

    protected override Expression<Func<EnforcementOfficer, bool>> Window(int year) => o => true;

    static string Hours => OfficerRules.TrainingHoursExpected.ToString("0");

    protected override IReadOnlyList<FigureSpec<EnforcementOfficer>> Specs(int year)
    {
        var end = new DateOnly(year, 12, 31);
        Expression<Func<EnforcementOfficer, bool>> certified =
            o => o.Status == OfficerStatus.Active && o.CertificateValidUntil >= end;
        // The officers trained enough, as one uncorrelated subquery the store evaluates once (a hashed set), not a sum
        // per officer, which a province's tens of thousands of officers make slow.
        var trained = db.OfficerTrainings.Where(t => t.Year == year).GroupBy(t => t.OfficerId)
            .Where(g => g.Sum(t => t.Hours) >= OfficerRules.TrainingHoursExpected).Select(g => g.Key);
        return
        [
            new("enforcement.officers_certified", "持证执法人员", "人", certified, null,
                $"{year}年12月31日在岗且执法证在有效期内的执法人员数"),
            new("enforcement.officers_trained_rate", $"年度培训达{Hours}学时的比例", "%",
                o => o.Status == OfficerStatus.Active && o.CertificateValidUntil >= end && trained.Contains(o.Id),
                certified, $"持证执法人员中{year}年培训累计达到{Hours}学时的人数 ÷ " +
                           "持证执法人员数"),
        ];
    }
}
