using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Calendar;

/// <summary>Holiday files an administrator loaded: stored in the database, applied over the shipped data.</summary>
public static class HolidayData
{
    public static async Task LoadStoredAsync(FazhiDb db, WorkingCalendar calendar)
    {
        foreach (var y in await db.HolidayYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync())
            calendar.Load(y.Json);
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

/// <summary>Keeps this node's calendar in step with holiday files another node loaded: at most once a minute it reloads
/// when the stored files are newer than the ones it has (web nodes keep no state of their own).</summary>
public class HolidaySync(WorkingCalendar calendar)
{
    DateTime _seen;
    DateTime _checkedUtc;
    readonly SemaphoreSlim _gate = new(1, 1);

    public async Task SyncAsync(FazhiDb db, bool force = false)
    {
        if (!force && DateTime.UtcNow - _checkedUtc < TimeSpan.FromMinutes(1) || !await _gate.WaitAsync(0)) return;
        try
        {
            _checkedUtc = DateTime.UtcNow;
            var latest = await db.HolidayYears.Select(y => (DateTime?)y.LoadedUtc).MaxAsync() ?? default;
            if (latest <= _seen) return;
            await HolidayData.LoadStoredAsync(db, calendar);
            _seen = latest;
        }
        finally { _gate.Release(); }
    }
}
