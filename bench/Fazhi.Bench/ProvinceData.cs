using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Litigation;
using Fazhi.Features.Reconsideration;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

/// <summary>A synthetic province: 1 government with 30 departments, 11 cities with 25 departments each, 10 counties per
/// city with 20 departments, 3 townships and a court each (≈3,000 units), and cases spread over five years.</summary>
static class ProvinceData
{
    public const double ReconsiderationShare = 0.7;
    const int Chunk = 50_000;

    public static async Task<(int Province, int County, int[] CountyUnits, int[] All)> BuildAsync(FazhiDb db, int total,
        int lastYear)
    {
        var rng = new Random(7);
        var province = await AddAsync(db, null, [("示范省人民政府", UnitKind.Government, "149000")]);
        var units = new List<Unit>(province);
        units.AddRange(await AddAsync(db, province[0], Enumerable.Range(1, 30).Select(i => Named($"省第{i}厅"))));
        var counties = new List<Unit>();
        var upper = new List<Unit>(province);
        var courts = new List<Unit>();
        for (var c = 1; c <= 11; c++)
        {
            var city = (await AddAsync(db, province[0], [($"第{c}市人民政府", UnitKind.Government, $"14{c:D2}00")]))[0];
            units.Add(city);
            upper.Add(city);
            units.AddRange(await AddAsync(db, city, Enumerable.Range(1, 25).Select(i => Named($"第{c}市第{i}局"))));
            foreach (var k in Enumerable.Range(1, 10))
            {
                var county = (await AddAsync(db, city,
                    [($"第{c}市第{k}县人民政府", UnitKind.Government, $"14{c:D2}{k:D2}")]))[0];
                counties.Add(county);
                var below = await AddAsync(db, county, Enumerable.Range(1, 20).Select(i => Named($"第{c}市第{k}县第{i}局"))
                    .Concat(Enumerable.Range(1, 3).Select(i => Named($"第{c}市第{k}县第{i}镇人民政府", UnitKind.Township)))
                    .Append(Named($"第{c}市第{k}县人民法院", UnitKind.Court)));
                units.Add(county);
                units.AddRange(below);
                courts.Add(below[^1]);
            }
        }
        var byParent = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var first = lastYear - 4;
        var span = new DateOnly(lastYear, 12, 31).DayNumber - new DateOnly(first, 1, 1).DayNumber;
        var decisions = Enum.GetValues<ReconsiderationDecision>();

        var recon = (int)(total * ReconsiderationShare);
        for (var done = 0; done < recon; done += Chunk)
        {
            var batch = new List<ReconsiderationCase>(Chunk);
            for (var i = done; i < Math.Min(recon, done + Chunk); i++)
            {
                var organ = rng.Next(3) == 0 ? upper[rng.Next(upper.Count)] : counties[rng.Next(counties.Count)];
                var kids = byParent[organ.Id].ToList();
                var received = new DateOnly(first, 1, 1).AddDays(rng.Next(span));
                var c = new ReconsiderationCase
                {
                    CaseNumber = $"示复〔{received.Year}〕{i + 1}号", Applicants = "申请人" + i, UnitId = organ.Id,
                    RespondentUnitId = kids[rng.Next(kids.Count)].Id,
                    ContestedAct = rng.Next(2) == 0 ? "罚款决定" : "不予许可决定", Category = (ActCategory)(1 + rng.Next(9)),
                    ReceivedOn = received, Status = ReconsiderationStatus.Received,
                };
                if (rng.NextDouble() < 0.93)
                {
                    c.AcceptedOn = received.AddDays(rng.Next(1, 6));
                    c.Status = ReconsiderationStatus.Accepted;
                    if (rng.NextDouble() < 0.9)
                    {
                        c.ConcludedOn = c.AcceptedOn.Value.AddDays(rng.Next(10, 60));
                        c.Decision = decisions[rng.Next(decisions.Length)];
                        c.Status = ReconsiderationStatus.Concluded;
                    }
                }
                batch.Add(c);
            }
            await BulkWriter.InsertAsync(db, batch);
        }
        var litigation = total - recon;
        for (var done = 0; done < litigation; done += Chunk)
        {
            var batch = new List<LitigationCase>(Chunk);
            for (var i = done; i < Math.Min(litigation, done + Chunk); i++)
            {
                var county = counties[rng.Next(counties.Count)];
                var kids = byParent[county.Id].Where(u => u.Kind != UnitKind.Court).ToList();
                var filed = new DateOnly(first, 1, 1).AddDays(rng.Next(span));
                var c = new LitigationCase
                {
                    CaseNumber = $"（{filed.Year}）示行初{i + 1}号", UnitId = kids[rng.Next(kids.Count)].Id,
                    CourtUnitId = byParent[county.Id].Last().Id, Plaintiffs = "原告" + i, Cause = "行政处罚", FiledOn = filed,
                    ServedOn = filed.AddDays(3),
                };
                if (rng.NextDouble() < 0.85)
                {
                    var lost = rng.NextDouble() < 0.1;
                    c.Form = OutcomeForm.Judgment;
                    c.Outcome = lost ? LitigationOutcome.Annul : LitigationOutcome.DismissClaims;
                    c.ConcludedOn = filed.AddDays(rng.Next(30, 150));
                    c.AgencyLost = lost;
                    c.Status = LitigationStatus.Concluded;
                }
                batch.Add(c);
            }
            await BulkWriter.InsertAsync(db, batch);
            var hearings = batch.Where(_ => rng.NextDouble() < 0.8).Select(c => new Hearing
            {
                CaseId = c.Id, HeldOn = c.FiledOn.AddDays(40), ResponsiblePersonAppeared = rng.NextDouble() < 0.85,
                AppearedName = "负责人", AppearedTitle = "副局长",
            }).ToList();
            await BulkWriter.InsertAsync(db, hearings);
        }
        var someCounty = counties[0];
        var countyUnits = units.Where(u => u.Path.StartsWith(someCounty.Path)).Select(u => u.Id).ToArray();
        return (province[0].Id, someCounty.Id, countyUnits, units.Select(u => u.Id).ToArray());
    }

    static (string Name, UnitKind Kind, string? Division) Named(string name, UnitKind kind = UnitKind.Department) =>
        (name, kind, null);

    static async Task<List<Unit>> AddAsync(FazhiDb db, Unit? parent,
        IEnumerable<(string Name, UnitKind Kind, string? Division)> items)
    {
        var list = items.Select((x, i) => new Unit
        {
            Name = x.Name, Kind = x.Kind, DivisionCode = x.Division, ParentId = parent?.Id, SortOrder = i,
        }).ToList();
        db.Units.AddRange(list);
        await db.SaveChangesAsync();
        foreach (var u in list) u.Path = (parent?.Path ?? "/") + u.Id + "/";
        await db.SaveChangesAsync();
        return list;
    }

    /// <summary>An Excel 台账 of new cases against units of the first county, in the import layout.</summary>
    public static async Task<byte[]> SheetAsync(FazhiDb db, int count, int year)
    {
        var organ = await db.Units.Where(u => u.Name == "第1市第1县人民政府").SingleAsync();
        var respondents = await db.Units.Where(u => u.ParentId == organ.Id && u.Kind == UnitKind.Department)
            .Select(u => u.Name).ToListAsync();
        var rows = Enumerable.Range(1, count).Select(i => new Dictionary<string, object?>
        {
            ["案号"] = $"导入复〔{year}〕{i}号", ["申请人"] = "导入申请人" + i, ["复议机关"] = organ.Name,
            ["被申请人"] = respondents[i % respondents.Count], ["被申请行为"] = "罚款决定", ["行为类别"] = "行政处罚",
            ["收到申请日期"] = new DateOnly(year, 1 + i % 12, 1 + i % 27).ToString("yyyy-MM-dd"),
            ["受理日期"] = new DateOnly(year, 1 + i % 12, 2 + i % 27).ToString("yyyy-MM-dd"),
        });
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(rows, excelType: ExcelType.XLSX);
        return ms.ToArray();
    }
}
