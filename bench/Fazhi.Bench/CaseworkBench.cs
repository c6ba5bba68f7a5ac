using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Features.Disputes;
using Fazhi.Features.Normative;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Host;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

/// <summary>矛盾纠纷 and 规范性文件 at province scale: the province's ≈3,000 units, a township and a county committee and
/// each county's 行政争议协调化解中心 with DISPUTES cases over five years, and DOCUMENTS normative documents whose
/// texts are sentences of real annual reports; then the year figures, the list pages and the library's search.
/// </summary>
static class CaseworkBench
{
    const int Chunk = 50_000;

    public static async Task RunAsync(string provider, string conn, int disputes, int documents, string results)
    {
        await using var services = BenchServices.Start(provider, conn);
        Task<T> As<T>(DataScope scope, Func<IServiceProvider, Task<T>> work) => services.As(scope, work);
        var lastYear = DateTime.UtcNow.Year - 1;
        var clock = Stopwatch.StartNew();
        var (provinceId, countyId) = await As(DataScope.System("bench"), async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await db.Database.EnsureDeletedAsync();
            await StorageSetup.EnsureSchemaAsync(db);
            var built = await ProvinceData.BuildAsync(db, 0, lastYear);
            await AddDisputesAsync(db, disputes, lastYear);
            await AddDocumentsAsync(db, sp.GetRequiredService<NormativeLibrary>(), documents, lastYear);
            await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "VACUUM ANALYZE" : "ANALYZE");
            return (built.Province, built.County);
        });
        var built = clock.Elapsed.TotalSeconds;
        var (province, county) = await As(DataScope.System("bench"), async sp =>
        {
            var db = sp.GetRequiredService<FazhiDb>();
            await UserSetup.EnsureRolesAsync(sp);
            var p = await UserSetup.CreateAsync(sp, "province", "省司法厅", "bench2026x", provinceId, Roles.Coordinator);
            var c = await UserSetup.CreateAsync(sp, "county", "县司法局", "bench2026x", countyId, Roles.Coordinator);
            return (await PersonalTokens.CreateAsync(db, p, "bench", DateTime.UtcNow),
                await PersonalTokens.CreateAsync(db, c, "bench", DateTime.UtcNow));
        });
        var rows = new List<string>();
        var provinceScope = await As(DataScope.System("bench"), async sp => await ScopeResolver.ResolveAsync(
            sp.GetRequiredService<FazhiDb>(), await sp.GetRequiredService<FazhiDb>().Users.SingleAsync(u =>
                u.UserName == "province")));
        rows.Add(await TimeAsync($"year figures ({lastYear}), province root, province coordinator", async () =>
            await As(provinceScope, async sp =>
            {
                var f = sp.GetRequiredService<FigureService>();
                return (await f.AllAsync(await f.ScopeAsync(provinceId, lastYear, default), default)).Count;
            })));
        await using (var pages = await PageBench.StartAsync(provider, conn))
        {
            using var provinceHttp = pages.ClientFor(province);
            using var countyHttp = pages.ClientFor(county);
            rows.Add(await PageBench.TimeAsync(provinceHttp, "dispute list, year filter, province coordinator",
                $"/disputes?year={lastYear}"));
            rows.Add(await PageBench.TimeAsync(countyHttp, "dispute list, county coordinator", "/disputes"));
            rows.Add(await PageBench.TimeAsync(provinceHttp, "normative documents, year filter, province coordinator",
                $"/normative?year={lastYear}"));
            using var anyone = new HttpClient { BaseAddress = provinceHttp.BaseAddress };
            // A county's name is in the documents its units issue, a department's in fewer: rare phrases whose
            // characters are common.
            var countyName = await As(DataScope.System("bench"), sp => sp.GetRequiredService<FazhiDb>().Units
                .Where(u => u.Id == countyId).Select(u => u.Name.Replace("人民政府", "")).SingleAsync());
            foreach (var q in new[] { "犬只养殖", countyName + "第12局", countyName, "公证", "营商环境", "行政复议", "法治",
                "政府" })
            {
                var found = await As(DataScope.System("bench"), sp => sp.GetRequiredService<NormativeLibrary>()
                    .SearchAsync(q, 1, DateOnly.FromDateTime(DateTime.UtcNow)));
                rows.Add(await PageBench.TimeAsync(anyone, $"library “{q}” " +
                    $"({ListCount.Text(found.Total, NormativeLibrary.Cap)} documents), anyone",
                    "/library?q=" + Uri.EscapeDataString(q)));
            }
        }
        var text = new StringBuilder();
        text.AppendLine($"### {(provider == "postgres" ? "PostgreSQL" : "SQLite")}, 矛盾纠纷 and 规范性文件");
        text.AppendLine($"- data: ≈3,000 units, {disputes:N0} dispute cases and {documents:N0} normative documents " +
            $"over {lastYear - 4}–{lastYear}");
        text.AppendLine($"- built and indexed in {built:0.0} s");
        text.AppendLine();
        text.AppendLine("| measurement | median | best |");
        text.AppendLine("|---|---|---|");
        foreach (var r in rows) text.AppendLine(r);
        text.AppendLine();
        await File.AppendAllTextAsync(results, text.ToString());
    }

    static async Task<string> TimeAsync(string what, Func<Task<int>> work, int runs = 5)
    {
        await work();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await work();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var line = $"| {what} | {times[runs / 2]:0} ms | {times[0]:0} ms |";
        Console.WriteLine(line);
        return line;
    }

    /// <summary>A committee in each township and county, and each county's 行政争议协调化解中心; cases spread over them
    /// and five years, nine in ten concluded, most of them resolved.</summary>
    static async Task AddDisputesAsync(FazhiDb db, int total, int lastYear)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Township
            || u.Kind == UnitKind.Government
            && u.DivisionCode!.Length == 6 && !u.DivisionCode.EndsWith("00")).ToListAsync();
        var organisations = units.SelectMany(u => u.Kind == UnitKind.Township
            ? [new MediationOrganisation
                { UnitId = u.Id, Name = u.Name + "人民调解委员会", Level = OrganisationLevel.Township }]
            : new[]
            {
                new MediationOrganisation
                    { UnitId = u.Id, Name = u.Name + "人民调解委员会", Level = OrganisationLevel.County },
                new MediationOrganisation
                    { UnitId = u.Id, Name = u.Name + "行政争议协调化解中心", Level = OrganisationLevel.AdministrativeCentre },
            }).ToList();
        db.MediationOrganisations.AddRange(organisations);
        await db.SaveChangesAsync();
        var rng = new Random(11);
        var first = new DateOnly(lastYear - 4, 1, 1);
        var span = new DateOnly(lastYear, 12, 31).DayNumber - first.DayNumber;
        string[] kinds = ["邻里纠纷", "婚姻家庭纠纷", "劳动争议", "物业纠纷", "土地承包纠纷", "交通事故纠纷"];
        for (var done = 0; done < total; done += Chunk)
        {
            var batch = new List<DisputeCase>(Chunk);
            for (var i = done; i < Math.Min(total, done + Chunk); i++)
            {
                var o = organisations[rng.Next(organisations.Count)];
                var received = first.AddDays(rng.Next(span));
                var centre = o.Level == OrganisationLevel.AdministrativeCentre;
                var c = new DisputeCase
                {
                    UnitId = o.UnitId, OrganisationId = o.Id, Level = o.Level, Number = $"（{received.Year}）调字第{i + 1}号",
                    Kind = centre ? "行政争议" : kinds[rng.Next(kinds.Length)], Parties = $"当事人{i}与当事人{i + 1}",
                    Summary = "因琐事引发争执", ReceivedOn = received,
                    Source = centre ? DisputeSource.Court : DisputeSource.Party,
                    SourceReference = centre ? "诉前" + i : null,
                };
                if (rng.NextDouble() < 0.9)
                {
                    c.Outcome = rng.NextDouble() < 0.95 ? DisputeOutcome.Resolved : DisputeOutcome.Failed;
                    c.ConcludedOn = received.AddDays(rng.Next(1, 30));
                    c.OutcomeText = "达成调解协议";
                }
                batch.Add(c);
            }
            await BulkWriter.InsertAsync(db, batch);
        }
    }

    /// <summary>Documents of every government and department, in force, each text fifteen sentences of the seed
    /// reports (so the library searches real Chinese) and the issuer's name, filed mostly within their period.
    /// </summary>
    static async Task AddDocumentsAsync(FazhiDb db, NormativeLibrary library, int total, int lastYear)
    {
        var sentences = Directory.GetFiles("tests/Fazhi.Tests/ReportReview/Seeds", "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split('。', StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim()).Where(s => s.Length is > 10 and < 200).ToArray();
        var issuers = await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court)
            .Select(u => new { u.Id, u.Name }).ToListAsync();
        var rng = new Random(13);
        // Issued within the last four years, so that each is still within its five years' validity.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddYears(-4);
        var span = today.DayNumber - first.DayNumber;
        for (var done = 0; done < total; done += Chunk)
        {
            var batch = new List<NormativeDocument>(Chunk);
            for (var i = done; i < Math.Min(total, done + Chunk); i++)
            {
                var issued = first.AddDays(rng.Next(span));
                var issuer = issuers[rng.Next(issuers.Count)];
                var body = string.Join("。\n",
                    Enumerable.Range(0, 15).Select(_ => sentences[rng.Next(sentences.Length)]))
                    + $"。\n本规定由{issuer.Name}负责解释。";
                batch.Add(new NormativeDocument
                {
                    UnitId = issuer.Id,
                    Title = $"关于{sentences[rng.Next(sentences.Length)][..8]}的规定",
                    DraftingUnit = "起草单位", RegisteredOn = issued.AddDays(-60), State = NormativeState.InForce,
                    Body = body, Number = $"示规〔{issued.Year}〕{i + 1}号", IssuedOn = issued, EffectiveOn = issued,
                    ValidUntil = issued.AddYears(5).AddDays(-1), PublishedAs = "政府网站", DeliberatedOn = issued,
                    FiledOn = issued.AddDays(rng.Next(5, 40)), FiledWith = "上级人民政府",
                });
                batch[^1].FiledInTime = batch[^1].FiledOn <= issued.AddDays(30);
            }
            await BulkWriter.InsertAsync(db, batch);
            await library.IndexNewAsync(batch);
        }
    }
}
