namespace Fazhi.Features.Assessment;

/// <summary>What the indicator form shows: a new child of <paramref name="ParentId"/> (Handler "Add") or the
/// indicator being changed (Handler "Update"); a branch's form asks for its text and standard only.</summary>
public sealed record IndicatorForm(string Handler, string Id, int? ParentId, Indicator? Current, bool Leaf,
    IReadOnlyDictionary<string, string> Figures);
