using System.Reflection;
using System.Text.Json;

namespace Fazhi.Kernel.Calendar;

/// <summary>The official working-day calendar: weekends, statutory holidays and 调休 make-up days, from the State
/// Council's yearly notices.</summary>
public class WorkingCalendar
{
    readonly Dictionary<DateOnly, (bool OffDay, string Name)> _days = new();
    readonly HashSet<int> _announced = new();

    public IReadOnlyCollection<int> AnnouncedYears => _announced;

    /// <summary>The calendar shipped inside Fazhi (holiday-cn data, MIT).</summary>
    public static WorkingCalendar FromEmbeddedData()
    {
        var cal = new WorkingCalendar();
        var asm = Assembly.GetExecutingAssembly();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("holidays.")))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            cal.Load(new StreamReader(s).ReadToEnd());
        }
        return cal;
    }

    /// <summary>Loads one year's file in holiday-cn format; returns the year. Throws FormatException with a readable
    /// message.</summary>
    public int Load(string json)
    {
        HolidayFile file;
        try
        {
            file = JsonSerializer.Deserialize<HolidayFile>(
                json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new FormatException("文件为空");
        }
        catch (JsonException e) { throw new FormatException($"节假日文件不是有效的JSON：{e.Message}"); }
        if (file.Year < 2000 || file.Year > 2100) throw new FormatException("节假日文件缺少有效的year字段");
        foreach (var d in _days.Keys.Where(k => k.Year == file.Year).ToList()) _days.Remove(d);
        _announced.Remove(file.Year);
        foreach (var day in file.Days ?? [])
        {
            if (!DateOnly.TryParse(day.Date, out var date))
                throw new FormatException($"日期“{day.Date}”无法识别");
            _days[date] = (day.IsOffDay, day.Name ?? "");
        }
        if (file.Days is { Count: > 0 }) _announced.Add(file.Year);
        return file.Year;
    }

    /// <summary>True when the year's holiday notice is not loaded: its dates follow weekends only and are
    /// provisional.</summary>
    public bool IsProvisional(int year) => !_announced.Contains(year);

    public bool IsWorkingDay(DateOnly d) => _days.TryGetValue(d, out var v)
        ? !v.OffDay
        : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Why a day is or is not worked, for explanations: "国庆节", "周末",
    /// "调休上班（国庆节）".</summary>
    public string Describe(DateOnly d)
    {
        if (_days.TryGetValue(d, out var v)) return v.OffDay ? $"{v.Name}假期" : $"调休上班（{v.Name}）";
        return d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "周末" : "工作日";
    }

    record HolidayFile(int Year, List<HolidayDay>? Days);
    record HolidayDay(string? Name, string Date, bool IsOffDay);
}
