using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static Fazhi.Tests.ApiJson;

namespace Fazhi.Tests.Assessment;

/// <summary>考核: indicator trees of any depth edited, copied and exchanged through Excel; each unit's cycle of
/// self-assessment, review with figure leaves scored from the records, objection and final scores; the ranking and
/// the score sheet that explains every point lost — each side only doing its own part.</summary>
public class AssessmentTests
{
    static Task<Dictionary<string, int>> UnitsAsync(TestApp app) =>
        app.QueryAsync(db => db.Units.ToDictionaryAsync(u => u.Name, u => u.Id));

    static async Task<JsonElement> SheetAsync(HttpClient client, int id) =>
        await JsonAsync(await client.GetAsync($"/api/assessment/{id}"));

    static JsonElement Row(JsonElement sheet, string code) =>
        sheet.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    [Theory, BothStores]
    public async Task The_demo_year_is_ranked_and_every_point_lost_is_explained(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var sfj = await app.ClientForAsync("sfj");
        var systems = await JsonAsync(await sfj.GetAsync("/api/assessment/systems"));
        Assert.Equal([("6/14/16", 2025), ("6/14/16", 2026)], systems.EnumerateArray()
            .Select(s => (s.GetProperty("shape").GetString(), s.GetProperty("year").GetInt32())).OrderBy(s => s.Item2));
        var system = systems.EnumerateArray().Single(s => s.GetProperty("year").GetInt32() == 2025);
        Assert.Equal(100m, system.GetProperty("points").GetDecimal());
        var ranking = (await JsonAsync(await sfj.GetAsync(
            $"/api/assessment/systems/{system.GetProperty("id").GetInt32()}/ranking"))).GetProperty("rows")
            .EnumerateArray().ToList();
        Assert.Equal(30, ranking.Count);
        Assert.All(ranking, r => Assert.True(r.GetProperty("final").GetBoolean()));
        var totals = ranking.Select(r => r.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(totals.OrderDescending(), totals);
        // Competition ranking: a rank is one more than the number of units above it.
        Assert.All(ranking, r => Assert.Equal(totals.Count(t => t > r.GetProperty("total").GetDecimal()) + 1,
            r.GetProperty("rank").GetInt32()));
        foreach (var r in ranking)
        {
            var sheet = await SheetAsync(sfj, r.GetProperty("id").GetInt32());
            var leaves = sheet.GetProperty("rows").EnumerateArray().Where(x => x.GetProperty("leaf").GetBoolean())
                .ToList();
            Assert.Equal(r.GetProperty("total").GetDecimal(), leaves.Sum(x => x.GetProperty("score").GetDecimal()));
            Assert.Equal(100m - r.GetProperty("total").GetDecimal(),
                leaves.Sum(x => x.GetProperty("lost").GetDecimal()));
            Assert.All(leaves.Where(x => x.GetProperty("lost").GetDecimal() > 0),
                x => Assert.NotEqual(0, x.GetProperty("reasons").GetArrayLength()));
        }

        // The lowest unit's sheet as its Excel 考核评分表: every indicator, each point lost with its reason, the total.
        var last = ranking[^1];
        var rows = new MemoryStream(await sfj.GetByteArrayAsync($"/api/assessment/{last.GetProperty("id")}/export"))
            .Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(6 + 14 + 16 + 1, rows.Count);
        Assert.Equal(("合计", 100d, last.GetProperty("total").GetDouble()),
            ((string)rows[^1]["编号"]!, Convert.ToDouble(rows[^1]["分值"]), Convert.ToDouble(rows[^1]["最终得分"])));
        Assert.Contains(rows, r => r["失分"] is not null && Convert.ToDouble(r["失分"]) > 0);
        Assert.All(rows.Where(r => r["失分"] is not null && (string)r["编号"]! != "合计" && ((string)r["编号"]!)
            .Count(c => c == '.') == 2), r => Assert.False(string.IsNullOrEmpty(r["失分原因及算式"] as string)));

        // A figure leaf's score is the unit's own figure put through the rule, with the working shown.
        var units = await UnitsAsync(app);
        var police = ranking.Single(r => r.GetProperty("unit").GetString() == "清河县公安局");
        var appearance = Row(await SheetAsync(sfj, police.GetProperty("id").GetInt32()), "5.1.1");
        var figure = JsonDocument.Parse(await sfj.GetStringAsync(
                $"/api/figures?unit={units["清河县公安局"]}&year=2025")).RootElement.GetProperty("figures")
            .EnumerateArray().Single(f => f.GetProperty("key").GetString() == "litigation.appearance_rate");
        var (numerator, denominator) = (figure.GetProperty("numerator").GetInt64(),
            figure.GetProperty("denominator").GetInt64());
        var expected = denominator == 0 || numerator == denominator ? 8m
            : Math.Round(8m * figure.GetProperty("value").GetDecimal() / 100, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, appearance.GetProperty("auto").GetDecimal());
        Assert.Contains($"（{numerator}/{denominator}）", appearance.GetProperty("autoNote").GetString());

        // The unit sees its own sheet, not the county's system, its ranking or another unit's sheet.
        var gaj = await app.ClientForAsync("gaj");
        Assert.Equal(1, (await JsonAsync(await gaj.GetAsync("/api/assessment"))).GetArrayLength());
        await RefusedAsync(await gaj.GetAsync($"/api/assessment/systems/{system.GetProperty("id")}"),
            HttpStatusCode.NotFound);
        await RefusedAsync(await gaj.GetAsync($"/api/assessment/systems/{system.GetProperty("id")}/ranking"),
            HttpStatusCode.NotFound);
        Assert.Equal(15m, Row(await SheetAsync(gaj, police.GetProperty("id").GetInt32()), "1")
            .GetProperty("points").GetDecimal()); // 组织领导, as the county set it
        var market = ranking.Single(r => r.GetProperty("unit").GetString() == "清河县市场监督管理局");
        await RefusedAsync(await gaj.GetAsync($"/api/assessment/{market.GetProperty("id")}"), HttpStatusCode.NotFound);
    }

    [Theory, BothStores]
    public async Task A_unit_assesses_itself_the_county_reviews_an_objection_is_answered_and_the_score_is_final(
        string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var units = await UnitsAsync(app);
        var sfj = await app.ClientForAsync("sfj");
        var system = await JsonAsync(await sfj.PostAsJsonAsync("/api/assessment/systems", new
        {
            unitId = units["清河县人民政府"], year = 2026, name = "依法行政专项考核", audience = "县直部门",
        }));
        var id = system.GetProperty("id").GetInt32();
        async Task<int> AddAsync(object indicator) => (await JsonAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/systems/{id}/indicators", indicator))).GetProperty("id").GetInt32();
        var root = await AddAsync(new { text = "依法行政", points = 1, method = "Review" });
        await AddAsync(new { parentId = root, text = "制度建设", points = 10, method = "Review" });
        await AddAsync(new
        {
            parentId = root, text = "负责人出庭应诉", points = 8, method = "Figure",
            figureKey = "litigation.appearance_rate", target = 100,
        });
        await AddAsync(new
        {
            parentId = root, text = "败诉案件", points = 6, method = "Deduction", figureKey = "litigation.cases_lost",
            perEvent = 2,
        });
        var tree = await JsonAsync(await sfj.GetAsync($"/api/assessment/systems/{id}"));
        Assert.Equal(("1/3", 24m), (tree.GetProperty("shape").GetString(), tree.GetProperty("points").GetDecimal()));
        var top = tree.GetProperty("indicators")[0];
        Assert.False(top.GetProperty("leaf").GetBoolean()); // a leaf that gains children is worth their sum
        Assert.Equal(JsonValueKind.Null, top.GetProperty("method").ValueKind);
        Assert.Contains("须选择数据指标", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/systems/{id}/indicators", new { text = "x", points = 1, method = "Figure" }),
            HttpStatusCode.BadRequest));
        Assert.Contains("分值应大于0", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/systems/{id}/indicators", new { text = "x", points = 0, method = "Review" }),
            HttpStatusCode.BadRequest));

        var gaj = await app.ClientForAsync("gaj");
        await RefusedAsync(await gaj.PostAsJsonAsync($"/api/assessment/systems/{id}/start", new
        {
            unitIds = new[] { units["清河县公安局"] }, selfDueOn = "2026-12-20",
        }), HttpStatusCode.NotFound);
        var started = await JsonAsync(await sfj.PostAsJsonAsync($"/api/assessment/systems/{id}/start", new
        {
            unitIds = new[] { units["清河县公安局"] }, selfDueOn = "2026-12-20",
        }));
        var assessment = started[0].GetProperty("id").GetInt32();
        Assert.Contains("已在考核中", await RefusedAsync(await sfj.PostAsJsonAsync($"/api/assessment/systems/{id}/start",
            new { unitIds = new[] { units["清河县公安局"] }, selfDueOn = "2026-12-20" }), HttpStatusCode.BadRequest));
        Assert.Contains("指标不能再修改", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/systems/{id}/indicators", new { text = "x", points = 1, method = "Review" }),
            HttpStatusCode.BadRequest));

        var sheet = await SheetAsync(gaj, assessment);
        var (rules, figureLeaf, lossLeaf) = (Row(sheet, "1.1").GetProperty("indicatorId").GetInt32(),
            Row(sheet, "1.2").GetProperty("indicatorId").GetInt32(), Row(sheet, "1.3").GetProperty("indicatorId")
                .GetInt32());
        Assert.Contains("0至10分", await RefusedAsync(await gaj.PostAsJsonAsync($"/api/assessment/{assessment}/self", new
        {
            version = sheet.GetProperty("version").GetInt32(),
            scores = new[] { new { indicatorId = rules, score = 11, note = "" } },
        }), HttpStatusCode.BadRequest));
        Assert.Contains("以下指标尚未自评：1.1", await RefusedAsync(await gaj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/submit", new { version = sheet.GetProperty("version").GetInt32() }),
            HttpStatusCode.BadRequest));
        sheet = await JsonAsync(await gaj.PostAsJsonAsync($"/api/assessment/{assessment}/self", new
        {
            version = sheet.GetProperty("version").GetInt32(),
            scores = new[] { new { indicatorId = rules, score = 10, note = "制定了规范性文件管理办法" } },
        }));
        sheet = await JsonAsync(await gaj.PostAsJsonAsync($"/api/assessment/{assessment}/submit",
            new { version = sheet.GetProperty("version").GetInt32() }));
        Assert.Equal("待复核", sheet.GetProperty("stateName").GetString());
        Assert.Contains("复核由考核单位进行", await RefusedAsync(await gaj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/review", new
            {
                version = sheet.GetProperty("version").GetInt32(),
                scores = new[] { new { indicatorId = rules, score = 10, note = "" } },
            }), HttpStatusCode.BadRequest));
        var scj = await app.ClientForAsync("scj");
        await RefusedAsync(await scj.GetAsync($"/api/assessment/{assessment}"), HttpStatusCode.NotFound);

        Assert.Contains("1.1：扣分须说明理由", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/review", new
            {
                version = sheet.GetProperty("version").GetInt32(),
                scores = new[] { new { indicatorId = rules, score = 8, note = "" } },
            }), HttpStatusCode.BadRequest));
        sheet = await JsonAsync(await sfj.PostAsJsonAsync($"/api/assessment/{assessment}/review", new
        {
            version = sheet.GetProperty("version").GetInt32(),
            scores = new[] { new { indicatorId = rules, score = 8, note = "制度未按期清理，扣2分" } },
        }));
        sheet = await JsonAsync(await sfj.PostAsJsonAsync($"/api/assessment/{assessment}/reviewed",
            new { version = sheet.GetProperty("version").GetInt32(), objectionDays = 3 }));
        var auto = Row(sheet, "1.2").GetProperty("auto").GetDecimal() + Row(sheet, "1.3").GetProperty("auto")
            .GetDecimal();
        Assert.Equal(8 + auto, sheet.GetProperty("total").GetDecimal());
        Assert.Contains("败诉", Row(sheet, "1.3").GetProperty("autoNote").GetString());
        Assert.Equal(lossLeaf, Row(sheet, "1.3").GetProperty("indicatorId").GetInt32());
        var due = DateOnly.Parse(sheet.GetProperty("objectionDueOn").GetString()!);
        Assert.Equal(new DateOnly(2026, 12, 1), due); // 3 working days after Thursday 26 November
        Assert.Contains("届满后才能确定结果", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/finalize", new { version = sheet.GetProperty("version").GetInt32() }),
            HttpStatusCode.BadRequest));

        sheet = await JsonAsync(await gaj.PostAsJsonAsync($"/api/assessment/{assessment}/objection", new
        {
            version = sheet.GetProperty("version").GetInt32(), indicatorId = rules, text = "清理记录已随自评上传",
        }));
        Assert.Contains("该指标已提出异议", await RefusedAsync(await gaj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/objection", new
            {
                version = sheet.GetProperty("version").GetInt32(), indicatorId = rules, text = "再次异议",
            }), HttpStatusCode.BadRequest));
        app.Clock.Set("2026-12-02");
        Assert.Contains("还有异议尚未答复", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/finalize", new { version = sheet.GetProperty("version").GetInt32() }),
            HttpStatusCode.BadRequest));
        Assert.Contains("异议期已于2026年12月1日届满", await RefusedAsync(await gaj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/objection", new
            {
                version = sheet.GetProperty("version").GetInt32(), indicatorId = figureLeaf, text = "数据有误",
            }), HttpStatusCode.BadRequest));
        Assert.Contains("请填写答复意见", await RefusedAsync(await sfj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/answer", new
            {
                version = sheet.GetProperty("version").GetInt32(), indicatorId = rules, accepted = true, score = 9.5,
                reply = "",
            }), HttpStatusCode.BadRequest));
        sheet = await JsonAsync(await sfj.PostAsJsonAsync($"/api/assessment/{assessment}/answer", new
        {
            version = sheet.GetProperty("version").GetInt32(), indicatorId = rules, accepted = true, score = 9.5,
            reply = "清理记录齐全，酌情恢复1.5分",
        }));
        sheet = await JsonAsync(await sfj.PostAsJsonAsync($"/api/assessment/{assessment}/finalize",
            new { version = sheet.GetProperty("version").GetInt32(), comment = "制度建设有待加强" }));
        Assert.Equal("制度建设有待加强", sheet.GetProperty("comment").GetString());
        Assert.Equal(("已确定", 9.5m + auto), (sheet.GetProperty("stateName").GetString(),
            sheet.GetProperty("total").GetDecimal()));
        var reasons = Row(sheet, "1.1").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("异议已采纳：清理记录齐全，酌情恢复1.5分", reasons);
        var ranking = (await JsonAsync(await sfj.GetAsync($"/api/assessment/systems/{id}/ranking")))
            .GetProperty("rows");
        Assert.Equal((1, 9.5m + auto), (ranking[0].GetProperty("rank").GetInt32(),
            ranking[0].GetProperty("total").GetDecimal()));
        Assert.Contains("只能对复核结果提出异议", await RefusedAsync(await gaj.PostAsJsonAsync(
            $"/api/assessment/{assessment}/objection", new
            {
                version = sheet.GetProperty("version").GetInt32(), indicatorId = lossLeaf, text = "x",
            }), HttpStatusCode.BadRequest));
    }

    static MultipartFormDataContent Sheet(params Dictionary<string, object?>[] rows)
    {
        var sheet = new MemoryStream();
        sheet.SaveAs(rows.ToList());
        return new MultipartFormDataContent { { new ByteArrayContent(sheet.ToArray()), "file", "指标体系.xlsx" } };
    }

    static Dictionary<string, object?> Indicator(string code, string text, object? points, string? method = null,
        string? figure = null, object? target = null) => new()
    {
        ["编号"] = code, ["指标"] = text, ["分值"] = points, ["评分方式"] = method, ["数据指标"] = figure,
        ["目标值"] = target, ["每项扣分"] = null, ["评分标准"] = null,
    };

    [Theory, BothStores]
    public async Task A_system_goes_out_to_excel_and_back_whole_and_a_bad_sheet_changes_nothing(string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-11-26");
        await app.WithDemoAsync();
        var units = await UnitsAsync(app);
        var sfj = await app.ClientForAsync("sfj");
        var demo = (await JsonAsync(await sfj.GetAsync("/api/assessment/systems"))).EnumerateArray()
            .Single(s => s.GetProperty("year").GetInt32() == 2025).GetProperty("id").GetInt32();
        var exported = await sfj.GetByteArrayAsync($"/api/assessment/systems/{demo}/export");
        var rows = new MemoryStream(exported).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(36, rows.Count);
        var lost = rows.Single(r => (string)r["指标"]! == "行政诉讼败诉，每件扣2分");
        Assert.Equal(("5.2.1", "逐项扣分", "litigation.cases_lost"), (lost["编号"], lost["评分方式"], lost["数据指标"]));

        var created = await JsonAsync(await sfj.PostAsJsonAsync("/api/assessment/systems", new
        {
            unitId = units["清河县人民政府"], year = 2026, name = "乡镇法治政府建设考核指标", audience = "乡镇（街道）",
        }));
        var id = created.GetProperty("id").GetInt32();
        var imported = await JsonAsync(await sfj.PostAsync($"/api/assessment/systems/{id}/import",
            new MultipartFormDataContent { { new ByteArrayContent(exported), "file", "指标体系.xlsx" } }));
        Assert.Equal(36, imported.GetProperty("imported").GetInt32());
        var tree = await JsonAsync(await sfj.GetAsync($"/api/assessment/systems/{id}"));
        Assert.Equal(("6/14/16", 100m),
            (tree.GetProperty("shape").GetString(), tree.GetProperty("points").GetDecimal()));

        var bad = await RefusedAsync(await sfj.PostAsync($"/api/assessment/systems/{id}/import", Sheet(
            Indicator("1", "组织领导", 10),
            Indicator("1.1", "职责清单", 4, "材料评审"),
            Indicator("1.2", "出庭应诉", 5, "数据达标", "没有的指标"),
            Indicator("3.1", "孤儿", 2, "材料评审"),
            Indicator("2", "宣传", 5, "打分"),
            Indicator("二", "无效编号", 1, "材料评审"),
            Indicator("1.1", "重复", 1, "材料评审"))), HttpStatusCode.UnprocessableEntity);
        var errors = JsonDocument.Parse(bad).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToHashSet();
        Assert.Superset(new HashSet<(int, string?)>
        {
            (4, "数据指标"), (5, "编号"), (6, "评分方式"), (7, "编号"), (8, "编号"),
        }, errors);
        Assert.Contains("下级指标分值合计9分，与本行10分不一致", await RefusedAsync(await sfj.PostAsync(
            $"/api/assessment/systems/{id}/import", Sheet(
                Indicator("1", "组织领导", 10),
                Indicator("1.1", "职责清单", 4, "材料评审"),
                Indicator("1.2", "出庭应诉", 5, "数据达标", "负责人出庭应诉率", 100))),
            HttpStatusCode.UnprocessableEntity));
        tree = await JsonAsync(await sfj.GetAsync($"/api/assessment/systems/{id}"));
        Assert.Equal(36, tree.GetProperty("indicators").GetArrayLength()); // nothing changed

        var gaj = await app.ClientForAsync("gaj");
        await RefusedAsync(await gaj.PostAsync($"/api/assessment/systems/{id}/import", Sheet(
            Indicator("1", "x", 1, "材料评审"))), HttpStatusCode.NotFound);
        await RefusedAsync(await gaj.DeleteAsync($"/api/assessment/indicators/{tree.GetProperty("indicators")[0]
            .GetProperty("id").GetInt32()}"), HttpStatusCode.NotFound);
        Assert.Contains("数据权限", await RefusedAsync(await gaj.PostAsJsonAsync("/api/assessment/systems", new
        {
            unitId = units["清河县人民政府"], year = 2026, name = "x", audience = "x",
        }), HttpStatusCode.BadRequest));
        var first = tree.GetProperty("indicators")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await sfj.DeleteAsync($"/api/assessment/indicators/{first}"))
            .StatusCode);
        tree = await JsonAsync(await sfj.GetAsync($"/api/assessment/systems/{id}"));
        Assert.Equal(("5/11/13", 85m),
            (tree.GetProperty("shape").GetString(), tree.GetProperty("points").GetDecimal()));
    }
}
