using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Calendar;

/// <summary>Holiday files an administrator loaded: stored in the database, applied over the shipped data.</summary>
public static class HolidayData
{
    public static async Task LoadStoredAsync(FazhiDb db, WorkingCalendar calendar)
    {
        foreach (var y in await db.HolidayYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync()) calendar.Load(y.Json);
    }

    public static async Task<int> SaveAsync(FazhiDb db, WorkingCalendar calendar, string json, string actor)
    {
        var year = new WorkingCalendar().Load(json); // validate before touching the shared calendar
        var row = await db.HolidayYears.FindAsync(year);
        if (row is null) db.HolidayYears.Add(row = new HolidayYear { Year = year });
        row.Json = json;
        row.LoadedUtc = DateTime.UtcNow;
        row.LoadedBy = actor;
        await db.SaveChangesAsync();
        calendar.Load(json);
        return year;
    }
}
