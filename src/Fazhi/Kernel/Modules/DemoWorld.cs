using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Kernel.Modules;

/// <summary>The demo county as features see it when they add their records: its units by short name ("县公安局",
/// "城关镇"), its court, today's date and one seeded random source, so every run builds the same county.</summary>
public sealed class DemoWorld(IServiceProvider services, DateOnly today, Random random)
{
    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
        "孙", "马", "胡"];
    static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽华", "海波", "春梅", "国庆",
        "玉兰", "军", "敏", "磊", "静"];
    static readonly string[] Companies =
    [
        "清河县宏达建材有限公司", "清河县顺通物流有限公司",
            "云岭绿源农业开发有限公司", "清河县惠民超市",
        "清河县鑫盛餐饮店", "清河县安居置业有限公司",
    ];

    public IServiceProvider Services => services;
    public FazhiDb Db => services.GetRequiredService<FazhiDb>();
    public DateOnly Today => today;
    public Random Random => random;
    public required Unit City { get; init; }
    public required Unit County { get; init; }
    public required Unit Court { get; init; }
    public required IReadOnlyDictionary<string, Unit> Units { get; init; }

    /// <summary>The unit of that short name, or the first department when the name is not in the county.</summary>
    public Unit Unit(string shortName) => Units.TryGetValue(shortName, out var u) ? u : Units.Values.First();

    public string Person() => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    /// <summary>A person most of the time, a company with the given odds.</summary>
    public string Party(double companyShare) =>
        random.NextDouble() < companyShare ? Companies[random.Next(Companies.Length)] : Person();

    /// <summary>A feature service whose clock reads the given day (09:00), so a demo step happens on its own date:
    /// its timeline, deadlines and checks as on that day.</summary>
    public T On<T>(DateOnly day) where T : class =>
        ActivatorUtilities.CreateInstance<T>(services, new DayClock(day));

    sealed class DayClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    /// <summary>A day of the year from its start (after offset days) to its end or today, whichever is
    /// earlier.</summary>
    public DateOnly DayOf(int year, int offset)
    {
        var first = new DateOnly(year, 1, offset);
        var last = year == today.Year ? today : new DateOnly(year, 12, 31);
        return first.AddDays(random.Next(last.DayNumber - first.DayNumber));
    }
}

/// <summary>The feature that builds the demo county (units, accounts, then every feature's records), so that
/// `fazhi serve --demo` can ask for it without knowing the feature.</summary>
public interface IDemoBuilder
{
    Task<string> BuildAsync(IServiceProvider services);
}
