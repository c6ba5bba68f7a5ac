namespace Fazhi.Kernel.Figures;

/// <summary>How many times the records a unit owns have been written: moved by every audited save and bulk insert
/// in the transaction of the write itself, so a tally taken at an earlier stamp is known to be out of date.
/// </summary>
public class UnitStamp
{
    public int UnitId { get; set; }
    public long Stamp { get; set; }
}

/// <summary>One unit's counts for one figure source and year, as of a day and the unit's stamp: the numerators and
/// denominators of the source's figures over the records the unit owns, in the order of its specs. Derived data:
/// recounted whenever the unit's stamp or the day has moved, never edited.</summary>
public class FigureTally
{
    public required string Area { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public DateOnly Day { get; set; }
    public long Stamp { get; set; }
    public required string Counts { get; set; }
}
