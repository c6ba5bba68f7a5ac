using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement;

public enum PowerKind
{
    Penalty = 1, Licensing = 2, Coercion = 3, Inspection = 4, Levy = 5, Benefit = 6, Confirmation = 7,
    Adjudication = 8, Reward = 9, Other = 99,
}

/// <summary>An item of an agency's 权责清单: what power it exercises, of which kind, on which legal
/// basis.</summary>
public class EnforcementPower : IAudited
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>事项编码 as the agency's list numbers it, if it does.</summary>
    public string? Code { get; set; }

    public string Name { get; set; } = "";
    public PowerKind Kind { get; set; }

    /// <summary>The law and article the power rests on (设定依据).</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>事前公示: the day the agency published the item in its list to the public, and where.</summary>
    public DateOnly? PublishedOn { get; set; }
    public string? PublicationUrl { get; set; }

    public string? CreatedById { get; set; }
    public int Version { get; set; }
}
