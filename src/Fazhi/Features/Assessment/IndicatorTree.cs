namespace Fazhi.Features.Assessment;

/// <summary>An indicator in its tree: its code (1, 1.2, 1.2.3) from the positions, its depth, its children, and its
/// points (a leaf's own, a branch's the sum of its children's).</summary>
public sealed class IndicatorNode(Indicator indicator, string code, int depth)
{
    public Indicator Indicator { get; } = indicator;
    public string Code { get; } = code;
    public int Depth { get; } = depth;
    public List<IndicatorNode> Children { get; } = [];
    public bool IsLeaf => Children.Count == 0;
    public decimal Points => IsLeaf ? Indicator.Points ?? 0 : Children.Sum(c => c.Points);

    public IEnumerable<IndicatorNode> SelfAndBelow() => Children.SelectMany(c => c.SelfAndBelow()).Prepend(this);
}

/// <summary>A system's indicators as a tree, in order.</summary>
public sealed class IndicatorTree
{
    public IReadOnlyList<IndicatorNode> Roots { get; }
    /// <summary>Every node, depth first, as the sheet lists them.</summary>
    public IReadOnlyList<IndicatorNode> All { get; }
    public IEnumerable<IndicatorNode> Leaves => All.Where(n => n.IsLeaf);
    public decimal Points => Roots.Sum(r => r.Points);
    public int Depth => All.Count == 0 ? 0 : All.Max(n => n.Depth);

    public IndicatorTree(IEnumerable<Indicator> indicators)
    {
        var byParent = indicators.ToLookup(i => i.ParentId);
        List<IndicatorNode> Level(int? parent, string prefix, int depth) =>
            byParent[parent].OrderBy(i => i.Position).ThenBy(i => i.Id).Select((i, k) =>
            {
                var node = new IndicatorNode(i, $"{prefix}{k + 1}", depth);
                node.Children.AddRange(Level(i.Id, node.Code + ".", depth + 1));
                return node;
            }).ToList();
        Roots = Level(null, "", 1);
        All = Roots.SelectMany(r => r.SelfAndBelow()).ToList();
    }

    public IndicatorNode? Find(int indicatorId) => All.FirstOrDefault(n => n.Indicator.Id == indicatorId);

    /// <summary>How many indicators at each depth, as such systems are described ("8/40/108").</summary>
    public string Shape => string.Join("/", Enumerable.Range(1, Depth).Select(d => All.Count(n => n.Depth == d)));
}
