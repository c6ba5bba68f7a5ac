using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Features.Enforcement.FileReviews;
using Fazhi.Features.Enforcement.Inspections;

namespace Fazhi.Features.Enforcement;

/// <summary>The demo county's 权责清单 (a few real items of the agencies that enforce most) and its
/// officers: two to four per department, a few certificates about to expire or expired, training hours for this
/// year and last.</summary>
public static class EnforcementDemo
{
    static string Law(string name, string article) => $"《中华人民共和国{name}》{article}";

    static readonly (string Agency, string Name, PowerKind Kind, string Basis)[] Powers =
    [
        ("县公安局", "对扰乱单位秩序等行为的处罚", PowerKind.Penalty,
            Law("治安管理处罚法", "第二十三条")),
        ("县公安局", "对违反道路通行规定行为的处罚", PowerKind.Penalty,
            Law("道路交通安全法", "第九十条")),
        ("县公安局", "机动车驾驶证核发", PowerKind.Licensing, Law("道路交通安全法", "第十九条")),
        ("县公安局", "扣留机动车", PowerKind.Coercion, Law("道路交通安全法", "第九十五条")),
        ("县市场监督管理局", "对生产经营不符合食品安全标准食品的处罚", PowerKind.Penalty,
            Law("食品安全法", "第一百二十四条")),
        ("县市场监督管理局", "食品经营许可", PowerKind.Licensing,
            Law("食品安全法", "第三十五条")),
        ("县市场监督管理局", "查封、扣押不符合食品安全标准的食品", PowerKind.Coercion,
            Law("食品安全法", "第一百一十条")),
        ("县市场监督管理局", "食品安全监督检查", PowerKind.Inspection,
            Law("食品安全法", "第一百一十条")),
        ("县生态环境局", "对超标排放大气污染物的处罚", PowerKind.Penalty,
            Law("大气污染防治法", "第九十九条")),
        ("县生态环境局", "查封、扣押造成污染物排放的设施、设备", PowerKind.Coercion,
            Law("环境保护法", "第二十五条")),
        ("县自然资源局", "对非法占用土地的处罚", PowerKind.Penalty,
            Law("土地管理法", "第七十七条")),
        ("县自然资源局", "建设用地规划许可", PowerKind.Licensing,
            Law("城乡规划法", "第三十七条")),
    ];

    public static async Task<string?> AddAsync(DemoWorld w)
    {
        var powers = Powers.Select(p => new EnforcementPower
        {
            UnitId = w.Unit(p.Agency).Id, Name = p.Name, Kind = p.Kind, LegalBasis = p.Basis,
        }).ToList();
        // Published early in the year by every agency but the 市场监管局, whose list awaits 事前公示.
        var publishedOn = new[] { new DateOnly(w.Today.Year, 1, 20), w.Today }.Min();
        var market = w.Unit("县市场监督管理局").Id;
        foreach (var agency in powers.Where(p => p.UnitId != market).GroupBy(p => p.UnitId))
            PowerRules.Publish(agency.ToList(), publishedOn, $"https://www.qinghe.gov.cn/qzqd/{agency.Key}.html",
                w.Today);
        w.Db.EnforcementPowers.AddRange(powers);
        var agencies = await w.Db.Units.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Id).ToListAsync();
        var officers = new List<EnforcementOfficer>();
        foreach (var agency in agencies)
            for (var k = 0; k < 2 + w.Random.Next(3); k++) officers.Add(Officer(w, agency.Id, officers.Count + 1));
        w.Db.EnforcementOfficers.AddRange(officers);
        await w.Db.SaveChangesAsync();
        foreach (var p in powers) p.Unit = agencies.FirstOrDefault(a => a.Id == p.UnitId);
        var cases = await CaseDemo.AddAsync(w, powers, officers);
        var reviews = await ReviewDemo.AddAsync(w);
        var inspections = await InspectionDemo.AddAsync(w, powers, officers);
        return $"{powers.Count}项权责事项、{officers.Count}名执法人员、{cases}、{reviews}、{inspections}";
    }

    /// <summary>The county's n-th officer (n numbers the certificate), with training hours for this year and
    /// last.</summary>
    public static EnforcementOfficer Officer(DemoWorld w, int unitId, int n)
    {
        var born = new DateOnly(1970, 1, 1).AddDays(w.Random.Next(365 * 30));
        var body = $"149901{born:yyyyMMdd}{w.Random.Next(1000):000}";
        var officer = new EnforcementOfficer
        {
            UnitId = unitId, Name = w.Person(), IdNumber = NationalCodes.WithIdCheck(body),
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
        return officer;
    }
}
