namespace Fazhi.Kernel.Calendar;

/// <summary>An approved extension of one deadline of one record: the new date replaces the computed one and clears
/// "overdue".</summary>
public class DeadlineExtension : Audit.IAudited
{
    public int Id { get; set; }
    public string OwnerType { get; set; } = "";
    public int OwnerId { get; set; }
    public string RuleKey { get; set; } = "";
    public DateOnly NewDue { get; set; }
    public string Reason { get; set; } = "";
    public string Approver { get; set; } = "";
    public DateOnly ApprovedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>A holiday file an administrator loaded, kept in the database so every web node sees it.</summary>
public class HolidayYear
{
    public int Year { get; set; }
    public string Json { get; set; } = "";
    public DateTime LoadedUtc { get; set; }
    public string LoadedBy { get; set; } = "";
}
