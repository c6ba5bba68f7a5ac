using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.AnnualReport;

/// <summary>The five parts the 督察工作规定 asks of a 法治政府建设年度报告, in order.</summary>
public enum ReportPart { Measures = 1, Shortcomings = 2, Leadership = 3, NextYear = 4, Other = 5 }

/// <summary>A government's or department's 法治政府建设年度报告 for a year: drafted from the figures and records, its
/// parts' prose edited by staff with the figures kept as links (templates, see <see cref="ReportTemplate"/>),
/// submitted by its deadline and published with its address.</summary>
public class YearReport : ICaseRecord
{
    public static string OwnerType => "annualreport";

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>The year reported on.</summary>
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string Measures { get; set; } = "";
    public string Shortcomings { get; set; } = "";
    public string Leadership { get; set; } = "";
    public string NextYear { get; set; } = "";
    public string Other { get; set; } = "";
    public DateOnly DraftedOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublicationUrl { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }

    public string this[ReportPart part]
    {
        get => part switch
        {
            ReportPart.Measures => Measures, ReportPart.Shortcomings => Shortcomings,
            ReportPart.Leadership => Leadership, ReportPart.NextYear => NextYear, _ => Other,
        };
        set
        {
            switch (part)
            {
                case ReportPart.Measures: Measures = value; break;
                case ReportPart.Shortcomings: Shortcomings = value; break;
                case ReportPart.Leadership: Leadership = value; break;
                case ReportPart.NextYear: NextYear = value; break;
                default: Other = value; break;
            }
        }
    }

    /// <summary>Departments report before 1 March, governments before 1 April (facts §2.2: the provincial 指引
    /// implementing 厅字〔2019〕28号; §2.4: 第24条, public before 1 April).</summary>
    public static DateOnly DueFor(UnitKind kind, int year) =>
        kind == UnitKind.Department ? new DateOnly(year + 1, 3, 1).AddDays(-1) : new DateOnly(year + 1, 3, 31);

    public DateOnly DueOn => DueFor(Unit!.Kind, Year);

    public bool SubmittedLate => SubmittedOn is { } on && on > DueOn;
}
