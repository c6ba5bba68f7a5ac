namespace Fazhi.Features.Rectification;

/// <summary>Registers an inspection for the 督察单位 <paramref name="UnitId"/>.</summary>
public sealed record CreateOversightRequest(int UnitId, string Title, string Kind, string Scope, DateOnly StartOn,
    DateOnly EndOn, string Inspectors);

/// <summary>The problems of an inspection's feedback, one per line; numbering as written ("1.", "（二）") is
/// dropped and the findings are numbered on from those already recorded.</summary>
public sealed record AddFindingsRequest(int Version, string Text);

/// <summary>Draws up rectification items from findings (by their numbers): one item each, or with
/// <paramref name="Merge"/> one item for all of them, worded as <paramref name="Problem"/> when given. An item with
/// no finding needs its problem worded.</summary>
public sealed record DrawUpItemsRequest(int Version, IReadOnlyList<int> Findings, bool Merge, string? Problem,
    int UnitId, DateOnly DueOn);

/// <summary>A step on an item: its version as shown and the words of the step (measures, a request for 销号, the
/// review's reasons).</summary>
public sealed record ItemStepRequest(int Version, string? Text = null);

/// <summary>The 督察单位's review of an item submitted for 销号: closed, or sent back with reasons.</summary>
public sealed record ReviewItemRequest(int Version, bool Accept, string? Text);

/// <summary>The 督察单位 extends an item's 整改时限 to a later day, for the reason it states.</summary>
public sealed record ExtendItemRequest(int Version, DateOnly? NewDue, string? Reason);

/// <summary>The 督察单位 gives an open item to another responsible unit, for the reason it states (改派).</summary>
public sealed record ReassignItemRequest(int Version, int UnitId, string? Reason);
