using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement;

/// <summary>The demo county's enforcement officers: two to four per department, a few certificates about to
/// expire or expired, training hours for this year and last.</summary>
public static class EnforcementDemo
{
    public static async Task<string?> AddAsync(DemoWorld w)
    {
        var agencies = await w.Db.Units.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Id).ToListAsync();
        var officers = new List<EnforcementOfficer>();
        foreach (var agency in agencies)
            for (var k = 0; k < 2 + w.Random.Next(3); k++)
            {
                var born = new DateOnly(1970, 1, 1).AddDays(w.Random.Next(365 * 30));
                var body = $"149901{born:yyyyMMdd}{w.Random.Next(1000):000}";
                var n = officers.Count + 1;
                var officer = new EnforcementOfficer
                {
                    UnitId = agency.Id, Name = w.Person(), IdNumber = NationalCodes.WithIdCheck(body),
                    CertificateNumber = $"14990{n:00000}",
                    // One in eight expires within the coming 90 days, one in twenty has lapsed.
                    CertificateValidUntil = (n % 8, n % 20) switch
                    {
                        (_, 0) => w.Today.AddDays(-w.Random.Next(1, 200)),
                        (0, _) => w.Today.AddDays(w.Random.Next(1, 90)),
                        _ => w.Today.AddDays(w.Random.Next(200, 1500)),
                    },
                };
                foreach (var year in new[] { w.Today.Year - 1, w.Today.Year })
                    officer.Trainings.Add(new OfficerTraining
                    {
                        Year = year, Hours = 20 + w.Random.Next(9) * 6, Course = "行政执法综合法律知识培训",
                    });
                officers.Add(officer);
            }
        w.Db.EnforcementOfficers.AddRange(officers);
        await w.Db.SaveChangesAsync();
        return $"{officers.Count}名执法人员";
    }
}
