using System.Linq.Expressions;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.Normative;

/// <summary>行政规范性文件 in numbers, over the documents issued in the year, as facts.md §4.7 defines the filing
/// measures: 报备率 = filed ÷ issued; 报备及时率 = filed within the period ÷ filed; 备案规范率 = filings found complete and
/// in form ÷ filings reviewed; 纠错率 = corrected ÷ found unlawful.</summary>
public class NormativeFigures(FazhiDb db) : SpecFigureSource<NormativeDocument>
{
    public override string Area => "normative";
    public override string AreaLabel => "行政规范性文件";

    protected override IQueryable<NormativeDocument> InScope(FigureScope s) => s.WholeTree
        ? db.NormativeDocuments : db.NormativeDocuments.Where(d => s.SubtreeUnitIds.Contains(d.UnitId));

    protected override Tallied Tally => new(db, d => d.UnitId, DateOnly.MinValue);

    protected override IQueryable<FigureRecordRow> Rows(IQueryable<NormativeDocument> records) =>
        records.OrderBy(d => d.IssuedOn).ThenBy(d => d.Id).Select(d => new FigureRecordRow(d.Id, d.Number ?? "",
            d.Title, d.Unit!.Name, d.FiledOn == null ? "未报备" : "已报备", "/normative/" + d.Id));

    protected override Expression<Func<NormativeDocument, bool>> Window(int year)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return d => d.IssuedOn >= from && d.IssuedOn <= to;
    }

    protected override IReadOnlyList<FigureSpec<NormativeDocument>> Specs(int year)
    {
        const FilingOutcome unlawful = FilingOutcome.Unlawful;
        var issued = Window(year); // one instance: the figures are counted in one pass
        IReadOnlyList<FigureSpec<NormativeDocument>> specs =
        [
            new("normative.issued", "制定规范性文件", "件", d => true, null, $"{year}年登记、编号、印发的行政规范性文件"),
            new("normative.filed", "报送备案", "件", d => d.FiledOn != null, null, $"{year}年印发的文件中，已报送备案的"),
            new("normative.filing_rate", "报备率", "%", d => d.FiledOn != null, d => true,
                $"{year}年印发的文件中，已报送备案的 ÷ 印发的文件"),
            new("normative.timely_rate", "报备及时率", "%", d => d.FiledInTime == true, d => d.FiledOn != null,
                $"{year}年印发的文件中，在本地区报备期限内报备的 ÷ 已报备的"),
            new("normative.compliant_rate", "备案规范率", "%", d => d.FilingCompliant == true,
                d => d.FilingCompliant != null, $"{year}年印发的文件中，备案审查认定报备材料齐全规范的 ÷ 已完成备案审查的"),
            new("normative.unlawful", "审查发现问题", "件", d => d.FilingOutcome == unlawful, null,
                $"{year}年印发的文件中，备案审查发现存在问题的"),
            new("normative.correction_rate", "纠错率", "%", d => d.FilingOutcome == unlawful && d.CorrectedOn != null,
                d => d.FilingOutcome == unlawful, $"{year}年印发的文件中，制定机关已纠正的 ÷ 备案审查发现存在问题的"),
        ];
        return [.. specs.Select(s => s with { Within = issued })];
    }
}
