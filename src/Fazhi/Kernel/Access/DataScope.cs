namespace Fazhi.Kernel.Access;

/// <summary>What a caller may read: everything, a set of units, and/or the records they created themselves.</summary>
public sealed record DataScope(bool All, int[] UnitIds, string? OwnUserId, string Actor)
{
    public static DataScope System(string actor = "system") => new(true, [], null, actor);
    public static readonly DataScope Nobody = new(false, [], null, "anonymous");

    public bool Covers(int unitId) => All || UnitIds.Contains(unitId);

    /// <summary>Writes need the owning unit in scope (or, for 仅本人, the record to be the caller's own).</summary>
    public bool CanWrite(int ownerUnitId, string? createdById) =>
        Covers(ownerUnitId) || (OwnUserId is not null && createdById == OwnUserId);
}

/// <summary>The scope of the current request or command; set once, read by the DbContext's query filters.</summary>
public class ScopeAccessor
{
    public DataScope Scope { get; set; } = DataScope.Nobody;
}
