using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Host;
using Fazhi.Features.Litigation;
using Fazhi.Features.Reconsideration;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

// Province-scale benchmark: builds ~3,000 units and N cases over five years on one store, then times the year figures
// (in-process, through FigureService), the list pages (over HTTP, rendered) and an Excel import, and appends a
// Markdown section to the results file.
// Usage: Fazhi.Bench sqlite|postgres CONNECTION CASES RESULTS.md
//        Fazhi.Bench review SEEDS_DIR LABELS_DIR HELDOUT_DIR UNSEEN_DIR RESULTS.md
//        (the report reviewer: accuracy against hand labels, speed)
//        Fazhi.Bench batches BATCH_DIR...   (totals of each batch of unseen texts, as JSON)
//        Fazhi.Bench misses BATCH_DIR       (where a batch's labels and the reviewer disagree)
//        Fazhi.Bench enforcement sqlite|postgres CONNECTION CASES RESULTS.md
//        (行政执法 alone: the province's units, ≈80,000 officers and CASES enforcement cases)
//        Fazhi.Bench casework sqlite|postgres CONNECTION DISPUTES DOCUMENTS RESULTS.md
//        (矛盾纠纷 and 规范性文件: figures, lists, the library's full-text search)
//        Fazhi.Bench uploads URL READER_TOKEN WRITER_TOKEN SERVER_PID RESULTS.md
//        (hostile uploads against a running server, its peak memory read from /proc)
// BENCH_DETAIL=1 also times each figure source and the parse alone.
if (args[0] == "uploads")
{
    await UploadBench.RunAsync(args[1], args[2], args[3], int.Parse(args[4]), args[5]);
    return;
}
if (args[0] == "casework")
{
    await CaseworkBench.RunAsync(args[1], args[2], int.Parse(args[3]), int.Parse(args[4]), args[5]);
    return;
}
if (args[0] == "misses") { await BatchMisses.WriteAsync(args[1]); return; }
if (args[0] == "batches") { Console.WriteLine(await BatchScores.TotalsJsonAsync(args[1..])); return; }
if (args[0] == "review") { await ReviewBench.RunAsync(args[1], args[2], args[3], args[4], args[5]); return; }
var enforcement = args[0] == "enforcement";
if (enforcement) args = args[1..];
var (provider, conn, total, results) = (args[0], args[1], int.Parse(args[2]), args[3]);
await using var services = BenchServices.Start(provider, conn);
Task<T> As<T>(DataScope scope, Func<IServiceProvider, Task<T>> work) => services.As(scope, work);

var report = new StringBuilder();
var clock = Stopwatch.StartNew();
var lastYear = DateTime.UtcNow.Year - 1;
// 双随机: one agency's registry and officers (BENCH_DRAW_OBJECTS / BENCH_DRAW_OFFICERS for a smaller try).
var drawObjects = int.TryParse(Environment.GetEnvironmentVariable("BENCH_DRAW_OBJECTS"), out var o) ? o : 1_000_000;
var drawOfficers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_DRAW_OFFICERS"), out var f) ? f : 80_000;
var drawPowerId = 0;
var (provinceId, countyId, countyUnits, allUnits) = await As(DataScope.System("bench"), async sp =>
{
    var db = sp.GetRequiredService<FazhiDb>();
    await db.Database.EnsureDeletedAsync();
    await StorageSetup.EnsureSchemaAsync(db);
    var built = await ProvinceData.BuildAsync(db, enforcement ? 0 : total, lastYear);
    if (enforcement)
    {
        var departments = await db.Units.Where(u => u.Kind == UnitKind.Department).ToListAsync();
        var officers = await EnforcementData.BuildAsync(db, total, lastYear, departments);
        var agency = departments.First(d => d.ParentId == built.Province);
        drawPowerId = await DrawBench.BuildAsync(db, agency, drawObjects, drawOfficers, lastYear);
        report.AppendLine($"- data: {built.All.Length:N0} units, {officers:N0} officers, {total:N0} enforcement " +
            $"cases over {lastYear - 4}–{lastYear} ({Math.Min(total, EnforcementData.Audited):N0} through the " +
            "audited bulk path, the rest copies of them by INSERT … SELECT); for 双随机, " +
            $"{agency.Name} with {drawObjects:N0} inspection objects and {drawOfficers:N0} more officers");
    }
    else
        report.AppendLine($"- data: {built.All.Length:N0} units, {total:N0} cases " +
            $"({ProvinceData.ReconsiderationShare:P0} reconsideration) over {lastYear - 4}–{lastYear}");
    // Statistics and (PostgreSQL) the visibility map, as autovacuum keeps them in a database in use.
    await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "VACUUM ANALYZE" : "ANALYZE");
    return built;
});
report.AppendLine($"- built in {clock.Elapsed.TotalSeconds:0.0} s");

// Coordinators of the province and of one county, their scopes resolved as a request resolves them.
var (province, county) = await As(DataScope.System("bench"), async sp =>
{
    var db = sp.GetRequiredService<FazhiDb>();
    await UserSetup.EnsureRolesAsync(sp);
    var p = await UserSetup.CreateAsync(sp, "province", "省司法厅", "bench2026x", provinceId, Roles.Coordinator);
    var c = await UserSetup.CreateAsync(sp, "county", "县司法局", "bench2026x", countyId, Roles.Coordinator);
    return (await ScopeResolver.ResolveAsync(db, p), await ScopeResolver.ResolveAsync(db, c));
});

async Task<string> Time(string what, DataScope scope, Func<IServiceProvider, Task> work, int runs = 5,
    Func<IServiceProvider, Task>? before = null)
{
    await As(scope, async sp => { await work(sp); return 0; }); // warm-up
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        if (before is not null) await As(DataScope.System("bench"), async sp => { await before(sp); return 0; });
        var sw = Stopwatch.StartNew();
        await As(scope, async sp => { await work(sp); return 0; });
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var line = $"| {what} | {times[runs / 2]:0} ms | {times[0]:0} ms |";
    Console.WriteLine(line);
    return line;
}

if (Environment.GetEnvironmentVariable("BENCH_DETAIL") is not null)
{
    var areas = await As(province, sp => Task.FromResult(
        sp.GetRequiredService<FigureService>().Sources.Select(s => s.Area).ToList()));
    foreach (var (area, i) in areas.Select((a, i) => (a, i)))
        await Time($"source {area}", province, async sp =>
        {
            var f = sp.GetRequiredService<FigureService>();
            await f.Sources[i].ComputeAsync(await f.ScopeAsync(provinceId, lastYear, default), default);
        });
}
var rows = new List<string>
{
    await Time($"year figures ({lastYear}), province root, province coordinator", province, async sp =>
    {
        var f = sp.GetRequiredService<FigureService>();
        await f.AllAsync(await f.ScopeAsync(provinceId, lastYear, default), default);
    }),
    await Time($"year figures ({lastYear}), one county, county coordinator", county, async sp =>
    {
        var f = sp.GetRequiredService<FigureService>();
        await f.AllAsync(await f.ScopeAsync(countyId, lastYear, default), default);
    }),
};
if (enforcement)
{
    // Kept counts: the province's figures after one agency's case changed (that agency counted again), and the
    // first request of a day: the agencies none of whose decisions ran out of its publication period the day before
    // are carried over, the others counted again.
    async Task Province(IServiceProvider sp)
    {
        var f = sp.GetRequiredService<FigureService>();
        await f.AllAsync(await f.ScopeAsync(provinceId, lastYear, default), default);
    }
    rows.Add(await Time($"year figures ({lastYear}), province root, right after a case of one agency changed",
        province, Province, before: sp => EnforcementData.ChangeOneAsync(sp.GetRequiredService<FazhiDb>())));
    foreach (var agencies in new[] { 0, 300 })
        rows.Add(await Time($"year figures ({lastYear}), province root, first request of a day on which " +
            (agencies == 0 ? "no publication period ran out (every agency's counts carried over)"
                : $"a decision's publication period ran out in each of {agencies} agencies (they are counted again)"),
            province, Province, before: sp =>
                EnforcementData.NewDayAsync(sp.GetRequiredService<FazhiDb>(), lastYear, agencies)));
}

// List pages over HTTP, as the coordinators' browsers get them.
var (provinceToken, countyToken) = await As(DataScope.System("bench"), async sp =>
{
    var db = sp.GetRequiredService<FazhiDb>();
    var users = await db.Users.Where(u => u.UserName == "province" || u.UserName == "county").ToListAsync();
    return (await PersonalTokens.CreateAsync(db, users.Single(u => u.UserName == "province"), "bench", DateTime.UtcNow),
        await PersonalTokens.CreateAsync(db, users.Single(u => u.UserName == "county"), "bench", DateTime.UtcNow));
});
await using (var pages = await PageBench.StartAsync(provider, conn))
{
    using var provinceHttp = pages.ClientFor(provinceToken);
    using var countyHttp = pages.ClientFor(countyToken);
    rows.AddRange(enforcement
        ? await PageBench.EnforcementAsync(provinceHttp, countyHttp, lastYear)
        : await PageBench.ReconsiderationAsync(provinceHttp, countyHttp, lastYear));
    if (enforcement) rows.AddRange(await DrawBench.TimeAsync(provinceHttp, drawPowerId, drawObjects, drawOfficers));
}

if (enforcement)
{
    await File.AppendAllTextAsync(results, Section("PostgreSQL, 行政执法", "SQLite, 行政执法", rows));
    return;
}
var importRows = int.TryParse(Environment.GetEnvironmentVariable("BENCH_IMPORT_ROWS"), out var n)
    ? n
    : Math.Min(100_000, Math.Max(1000, total / 10));
// Warm-up, as for the other timings: a server has run an import before (JIT, EF query cache).
var warmUp = await As(DataScope.System("bench"),
    sp => ProvinceData.SheetAsync(sp.GetRequiredService<FazhiDb>(), 1000, lastYear - 1));
await As(DataScope.System("bench-import"), sp => CaseExchange.ImportAsync(sp, new MemoryStream(warmUp)));
var sheet = await As(DataScope.System("bench"),
    sp => ProvinceData.SheetAsync(sp.GetRequiredService<FazhiDb>(), importRows, lastYear));
if (Environment.GetEnvironmentVariable("BENCH_DETAIL") is not null)
{
    var swp = Stopwatch.StartNew();
    var parsed = Fazhi.Kernel.Exchange.SheetReader.Open(new MemoryStream(sheet), CaseExchange.Columns[..3]);
    Console.WriteLine($"| parse only: {parsed.Rows.Count:N0} rows | {swp.ElapsedMilliseconds} ms | |");
}
var sw2 = Stopwatch.StartNew();
var imported = await As(DataScope.System("bench-import"), sp => CaseExchange.ImportAsync(sp, new MemoryStream(sheet)));
var seconds = sw2.Elapsed.TotalSeconds;
if (imported.Errors.Count > 0) throw new InvalidOperationException(imported.Errors[0].Message);
var importLine = $"| import {importRows:N0} rows from Excel (parse, validate, write with audit; after a 1,000-row " +
    $"warm-up) | {seconds:0.00} s | {importRows / seconds:N0} rows/s |";
Console.WriteLine(importLine);

await File.AppendAllTextAsync(results, Section("PostgreSQL", "SQLite", [.. rows, importLine]));

string Section(string postgres, string sqlite, IEnumerable<string> lines)
{
    var text = new StringBuilder();
    text.AppendLine($"### {(provider == "postgres" ? postgres : sqlite)}");
    text.Append(report);
    text.AppendLine();
    text.AppendLine("| measurement | median | best |");
    text.AppendLine("|---|---|---|");
    foreach (var r in lines) text.AppendLine(r);
    text.AppendLine();
    return text.ToString();
}
