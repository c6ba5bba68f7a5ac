using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Cases;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

/// <summary>The province's enforcement: two powers (a penalty, a licence) and about 32 officers for every
/// department (≈80,000), and N cases over five years, all but one in two hundred decided (those left are long
/// overdue, as a few are), served and most published, one in ten behind 法制审核. Handlers and records are not
/// generated: no figure or list page reads them. Beyond the first million, cases are copies of those (new
/// numbers, same dates and outcomes) made by INSERT … SELECT, without audit links: no timed query reads them, and
/// the audited path would take over 20 minutes for ten million. The table grows in filing order, as a province's
/// does in use, so that a year's cases lie together on disk rather than scattered over five years of pages.</summary>
static class EnforcementData
{
    const int Chunk = 50_000;
    public const int Audited = 1_000_000;

    public static async Task<int> BuildAsync(FazhiDb db, int total, int lastYear, IReadOnlyList<Unit> departments)
    {
        var rng = new Random(11);
        var powers = departments.SelectMany(d => new[]
        {
            new EnforcementPower { UnitId = d.Id, Name = "行政处罚事项", Kind = PowerKind.Penalty, LegalBasis = "某法第1条" },
            new EnforcementPower { UnitId = d.Id, Name = "行政许可事项", Kind = PowerKind.Licensing, LegalBasis = "某法第2条" },
        }).ToList();
        await BulkWriter.InsertAsync(db, powers);
        var officers = new List<EnforcementOfficer>();
        foreach (var d in departments)
            for (var k = 0; k < 32; k++)
                officers.Add(new EnforcementOfficer
                {
                    UnitId = d.Id, Name = $"执法员{d.Id}-{k}",
                    IdNumber = NationalCodes.WithIdCheck($"149901{1970 + k}0101{d.Id % 1000:000}"[..17]),
                    CertificateNumber = $"B{d.Id:00000}{k:00}",
                    CertificateValidUntil = new DateOnly(lastYear + 3, 1, 1),
                });
        for (var i = 0; i < officers.Count; i += Chunk)
            await BulkWriter.InsertAsync(db, officers.GetRange(i, Math.Min(Chunk, officers.Count - i)));
        var first = new DateOnly(lastYear - 4, 1, 1);
        var span = new DateOnly(lastYear, 12, 31).DayNumber - first.DayNumber;
        var built = Math.Min(total, Audited);
        var filings = Enumerable.Range(0, built).Select(_ => first.AddDays(rng.Next(span))).Order().ToArray();
        int? firstId = null;
        for (var done = 0; done < built; done += Chunk)
        {
            var batch = new List<EnforcementCase>(Chunk);
            for (var i = done; i < Math.Min(built, done + Chunk); i++)
            {
                var p = powers[rng.Next(powers.Count)];
                var filed = filings[i];
                var c = new EnforcementCase
                {
                    UnitId = p.UnitId, Number = $"示执〔{filed.Year}〕{i + 1}号", Kind = p.Kind, PowerId = p.Id,
                    PartyKind = PartyKind.Person, PartyName = "当事人" + i, Facts = "违法事实", FiledOn = filed,
                    DecisionDue = filed.AddDays(p.Kind == PowerKind.Penalty ? 90 : 28),
                    ReviewGround = rng.Next(10) == 0 ? ReviewGround.Complex : null,
                };
                if (rng.NextDouble() < 0.995) Decide(rng, c, filed.AddDays(rng.Next(5, 100)));
                batch.Add(c);
            }
            await BulkWriter.InsertAsync(db, batch);
            firstId ??= batch[0].Id;
        }
        await CopyAsync(db, firstId ?? 0, built, total, first);
        return officers.Count;
    }

    /// <summary>Copies the first cases until there are total: copy k numbered "…号-k", the copies of one month's
    /// filings written together, month after month.</summary>
    static async Task CopyAsync(FazhiDb db, int firstId, int built, int total, DateOnly first)
    {
        var entity = db.Model.FindEntityType(typeof(EnforcementCase))!;
        var columns = entity.GetProperties().Select(p => p.GetColumnName())
            .Where(c => c is not "Id" and not "Number").Select(c => $"\"{c}\"").ToList();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        // Copy k takes the first min(built, total − k·built) cases, so that the copies add up to total.
        var copies = string.Join(" UNION ALL ", Enumerable.Range(1, (total - 1) / built)
            .Select(k => $"SELECT {k} AS k, {Math.Min(built, total - built * k)} AS n"));
        for (var month = first; total > built && month.Year < first.Year + 5; month = month.AddMonths(1))
        {
            // Names from the model and numbers of our own: nothing from input.
            var sql = $"INSERT INTO \"EnforcementCases\" (\"Number\", {string.Join(", ", columns)}) " +
                $"SELECT c.\"Number\" || '-' || ks.k, {string.Join(", ", columns.Select(c => "c." + c))} " +
                $"FROM ({copies}) ks CROSS JOIN \"EnforcementCases\" c " +
                $"WHERE c.\"Id\" >= {firstId} AND c.\"Id\" < {firstId} + ks.n " +
                $"AND c.\"FiledOn\" >= '{month:yyyy-MM-dd}' AND c.\"FiledOn\" < '{month.AddMonths(1):yyyy-MM-dd}' " +
                "ORDER BY c.\"FiledOn\", ks.k";
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    /// <summary>A change through the audited path, as a step would make it: the latest case's facts.</summary>
    public static async Task ChangeOneAsync(FazhiDb db)
    {
        var c = await db.EnforcementCases.OrderByDescending(x => x.Id).FirstAsync();
        c.Facts += "。";
        await db.SaveChangesAsync();
    }

    /// <summary>A new day as the kept figures meet it: their tallies a day old, and in each of AGENCIES agencies one
    /// decision of the year still unpublished whose publication period ran out the day before (as if so decided;
    /// written past the stamps, the day alone makes those agencies count again).</summary>
    public static async Task NewDayAsync(FazhiDb db, int year, int agencies)
    {
        await db.FigureTallies.ExecuteUpdateAsync(t => t.SetProperty(x => x.Day, x => x.Day.AddDays(-1)));
        if (agencies == 0) return;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var yesterday = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "EnforcementCases" SET "PublishedOn" = NULL, "PublicityDue" = {yesterday}
            WHERE "Id" IN (SELECT MIN("Id") FROM "EnforcementCases" WHERE "DecidedOn" >= {from} AND "DecidedOn" <= {to}
                           GROUP BY "UnitId" ORDER BY "UnitId" LIMIT {agencies})
            """);
    }

    static void Decide(Random rng, EnforcementCase c, DateOnly on)
    {
        if (c.ReviewGround is not null)
            (c.LegalReviewedOn, c.LegalReviewer, c.LegalReviewPassed) = (on.AddDays(-2), "法制审核员", true);
        c.NotifiedOn = c.Kind == PowerKind.Penalty ? on.AddDays(-7) : null;
        c.DecidedOn = on;
        c.Outcome = c.Kind == PowerKind.Penalty ? CaseOutcome.Penalised : CaseOutcome.Granted;
        c.Sorts = c.Kind == PowerKind.Penalty ? PenaltySort.Fine : 0;
        c.Amount = c.Kind == PowerKind.Penalty ? 100 * rng.Next(1, 200) : null;
        c.OutsideBand = rng.Next(20) == 0;
        c.DeliveredOn = on.AddDays(rng.Next(0, 5));
        c.PublicityDue = on.AddDays(9);
        c.PublishedOn = rng.Next(20) == 0 ? null : on.AddDays(rng.Next(1, 12));
        c.Status = CaseStatus.Closed;
        c.ClosedOn = c.DeliveredOn.Value.AddDays(10);
    }
}
