namespace Fazhi.Kernel.Access;

/// <summary>What a caller may read: everything, a set of units, and/or the records they created themselves.
/// HomeUnitId is the caller's own unit, for which a 仅本人 user may register records.</summary>
public sealed record DataScope(bool All, int[] UnitIds, string? OwnUserId, string Actor, int? HomeUnitId = null)
{
    public static DataScope System(string actor = "system") => new(true, [], null, actor);
    public static readonly DataScope Nobody = new(false, [], null, "anonymous");

    public bool Covers(int unitId) => All || UnitIds.Contains(unitId);

    /// <summary>A new record may belong to a unit in scope; a 仅本人 user registers for their own unit
    /// only.</summary>
    public bool CanRegisterFor(int unitId) => Covers(unitId) || (OwnUserId is not null && unitId == HomeUnitId);

    /// <summary>Writes need the owning unit in scope (or, for 仅本人, the record to be the caller's own).</summary>
    public bool CanWrite(int ownerUnitId, string? createdById) =>
        Covers(ownerUnitId) || (OwnUserId is not null && createdById == OwnUserId);
}

/// <summary>The scope of the current request or command; set once, read by the DbContext's query filters.</summary>
public class ScopeAccessor
{
    public DataScope Scope { get; set; } = DataScope.Nobody;
}
