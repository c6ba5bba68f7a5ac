namespace Fazhi.Kernel.Figures;

/// <summary>A statistic computed from records: value, its parts, its definition, and links to the records it
/// counts.</summary>
public sealed record Figure(
    string Key,
    string Label,
    decimal Value,
    string Unit,
    long? Numerator,
    long? Denominator,
    string Definition,
    string RecordsUrl,
    string? NumeratorUrl,
    string? DenominatorUrl)
{
    public bool IsRate => Denominator is not null;

    /// <summary>As the seeds print it: "244件", "28.42%".</summary>
    public string Display => IsRate ? (Denominator == 0 ? "—" : $"{Value:0.00}%") : $"{Value:0}{Unit}";
}

/// <summary>Which unit (with its subtree) and which year a set of figures covers. WholeTree: the subtree is every unit,
/// so the records need no unit filter at all (the province root's figures are one plain pass). Live: counted from
/// the records themselves, past any kept tallies (what `fazhi figures verify` compares them with).</summary>
public sealed record FigureScope(int UnitId, string UnitName, int Year, int[] SubtreeUnitIds, bool WholeTree = false)
{
    public bool Live { get; init; }
}

public enum FigurePart { Records, Numerator, Denominator }

/// <summary>A capability's figures: computes them and lists the records behind any of them.</summary>
public interface IFigureSource
{
    string Area { get; }
    string AreaLabel { get; }
    IReadOnlyList<(string Key, string Label)> Catalogue { get; }
    Task<IReadOnlyList<Figure>> ComputeAsync(FigureScope scope, CancellationToken ct);
    Task<FigureRecords> ListAsync(string key, FigurePart part, FigureScope scope, int page, CancellationToken ct);
}

public sealed record FigureRecordRow(int Id, string Number, string Title, string Unit, string Status, string DetailUrl);

public sealed record FigureRecords(
    string Key, string Label, FigurePart Part, int Total, IReadOnlyList<FigureRecordRow> Rows);

public static class FigureMath
{
    /// <summary>A percentage rounded half away from zero to two places, as reports state it.</summary>
    public static decimal Percent(long numerator, long denominator) =>
        denominator == 0 ? 0 : Math.Round(100m * numerator / denominator, 2, MidpointRounding.AwayFromZero);

    public static string Url(string key, FigurePart part, FigureScope s) =>
        $"/figures/records?key={key}&part={part.ToString().ToLowerInvariant()}&unit={s.UnitId}&year={s.Year}";
}
