using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Storage;

namespace Fazhi.Tests.Kernel;

public class HolidaySyncTests
{
    [Theory, BothStores]
    public async Task A_year_loaded_on_one_node_reaches_the_calendar_of_another(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        await app.WithSystemScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            var otherNode = WorkingCalendar.FromEmbeddedData();
            var sync = new HolidaySync(otherNode);
            await sync.SyncAsync(db, force: true);
            Assert.True(otherNode.IsProvisional(2027));

            // The administrator loads 2027 on this node; the other node picks it up from the database.
            await HolidayData.SaveAsync(db, sp.GetRequiredService<WorkingCalendar>(),
                """{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""", "admin");
            await sync.SyncAsync(db, force: true);
            Assert.False(otherNode.IsProvisional(2027));
            Assert.False(otherNode.IsWorkingDay(new DateOnly(2027, 1, 1)));
        });
    }
}
