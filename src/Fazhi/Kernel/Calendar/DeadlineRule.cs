namespace Fazhi.Kernel.Calendar;

public enum PeriodUnit { CalendarDay = 1, WorkingDay = 2, Month = 3 }

/// <summary>A statutory period: length, how it is counted, and the article that sets it.</summary>
/// <param name="LapseEffect">What the law makes of the period running out with nothing done (e.g. 视为受理), where
/// that is not a breach.</param>
public sealed record DeadlineRule(string Key, string Label, int Length, PeriodUnit Unit, string LegalBasis,
    string StartsFrom, string? LapseEffect = null)
{
    public string LengthText => Unit switch
    {
        PeriodUnit.WorkingDay => $"{Length}个工作日",
        PeriodUnit.Month => $"{Length}个月",
        _ => $"{Length}日",
    };
}

/// <summary>The one catalogue of statutory periods Fazhi computes: the rules every feature declares. How a period
/// counts is the rule's own (working days where the statute says so, otherwise calendar days, a last day that is not
/// a working day moving to the next one).</summary>
public static class DeadlineRules
{
    static readonly Lazy<IReadOnlyList<DeadlineRule>> Catalogue = new(() =>
    {
        var rules = Modules.FeatureCatalog.DeadlineRules.ToList();
        var duplicate = rules.GroupBy(r => r.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"期限规则“{duplicate.Key}”重复声明");
        return rules;
    });

    public static IReadOnlyList<DeadlineRule> All => Catalogue.Value;

    public static DeadlineRule Get(string key) =>
        All.FirstOrDefault(r => r.Key == key)
        ?? throw new KeyNotFoundException($"未知的期限规则“{key}”。可用规则：" +
            $"{string.Join("、", All.Select(r => r.Key))}");
}
