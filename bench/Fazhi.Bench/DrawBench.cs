using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Fazhi.Features.Enforcement;
using Fazhi.Features.Enforcement.Inspections;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

/// <summary>双随机 at a province's scale: one agency's registry of OBJECTS inspection objects (grades A–D as
/// 60/25/10/5 %) and OFFICERS certified officers, drawn through the API as a coordinator draws, each run a new plan
/// (a plan draws once) at 2/5/10/20 % by grade with two officers an object.</summary>
static class DrawBench
{
    const int Chunk = 50_000;

    public static async Task<int> BuildAsync(FazhiDb db, Unit agency, int objects, int officers, int lastYear)
    {
        var power = new EnforcementPower
        {
            UnitId = agency.Id, Name = "双随机抽查事项", Kind = PowerKind.Inspection, LegalBasis = "某条例第3条",
        };
        await BulkWriter.InsertAsync(db, [power]);
        for (var done = 0; done < officers; done += Chunk)
            await BulkWriter.InsertAsync(db, Enumerable.Range(done, Math.Min(Chunk, officers - done))
                .Select(k => new EnforcementOfficer
                {
                    UnitId = agency.Id, Name = $"抽查执法员{k}",
                    IdNumber = NationalCodes.WithIdCheck(
                        $"149902{new DateOnly(1970, 1, 1).AddDays(k / 1000):yyyyMMdd}{k % 1000:000}"),
                    CertificateNumber = $"C{agency.Id:00000}{k:000000}",
                    CertificateValidUntil = new DateOnly(lastYear + 3, 1, 1),
                }).ToList());
        var rng = new Random(12);
        for (var done = 0; done < objects; done += Chunk)
            await BulkWriter.InsertAsync(db, Enumerable.Range(done, Math.Min(Chunk, objects - done))
                .Select(k => new InspectionObject
                {
                    UnitId = agency.Id, Name = $"检查对象{k}", Kind = ObjectKind.Enterprise,
                    CreditCode = NationalCodes.WithCreditCheck($"91140100{k:000000000}"),
                    RiskGrade = rng.Next(100) switch { < 60 => RiskGrade.A, < 85 => RiskGrade.B, < 95 => RiskGrade.C,
                        _ => RiskGrade.D },
                }).ToList());
        return power.Id;
    }

    /// <summary>Median and best of five draws after one warm-up, each of a plan registered just before (not
    /// timed); then 复核抽取 of the last, which decodes the stored pools, draws again and compares with the tasks
    /// on record.</summary>
    public static async Task<string[]> TimeAsync(HttpClient client, int powerId, int objects, int officers)
    {
        var times = new List<double>();
        var (tasks, id) = (0, 0);
        for (var run = 0; run < 6; run++)
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            using var created = await client.PostAsJsonAsync("/api/enforcement/inspections", new
            {
                name = $"基准抽查计划{run}-{Guid.NewGuid():N}", powerId, ratioA = 2, ratioB = 5, ratioC = 10,
                ratioD = 20, inspectorsPerObject = 2, startOn = today, endOn = today.AddMonths(3),
            });
            var plan = await Read(created);
            var sw = Stopwatch.StartNew();
            using var drawn = await client.PostAsJsonAsync(
                $"/api/enforcement/inspections/{plan.GetProperty("id").GetInt32()}/draw",
                new { version = plan.GetProperty("version").GetInt32() });
            await Read(drawn);
            if (run > 0) times.Add(sw.Elapsed.TotalMilliseconds);
            id = plan.GetProperty("id").GetInt32();
            tasks = (await Read(await client.GetAsync($"/api/enforcement/inspections/{id}")))
                .GetProperty("tasks").GetProperty("total").GetInt32();
        }
        times.Sort();
        var draw = $"| 双随机 draw of {tasks:N0} objects from {objects:N0}, two of {officers:N0} officers each, " +
            "written under the audited draw (seed, pools' and result's hashes), province coordinator " +
            $"(`POST /api/enforcement/inspections/{{id}}/draw`)" +
            $" | {times[2]:0} ms | {times[0]:0} ms |";
        Console.WriteLine(draw);
        return [draw, await PageBench.TimeAsync(client, "复核抽取 of that draw: the stored pools decoded, drawn " +
            "again and compared with the tasks on record, province coordinator",
            $"/api/enforcement/inspections/{id}/verification")];
    }

    static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
