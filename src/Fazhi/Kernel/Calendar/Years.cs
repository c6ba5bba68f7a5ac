namespace Fazhi.Kernel.Calendar;

/// <summary>The years the platform keeps records for; a filter or figure asked for another year is the caller's error
/// (400), not a server error.</summary>
public static class Years
{
    public const int First = 2000, Last = 2100;

    public static (DateOnly From, DateOnly To) Span(int year) => year is < First or > Last
        ? throw new DomainException("year", $"年度“{year}”无效，应为{First}至{Last}之间的年份")
        : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
