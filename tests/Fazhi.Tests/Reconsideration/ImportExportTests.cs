using Fazhi.Features.Reconsideration;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Fazhi.Tests.Reconsideration;

public class ImportExportTests
{
    static Dictionary<string, object?> Row(
        string number, string respondent = "清河县公安局", string received = "2026-04-01", string? accepted = null,
        string? decided = null, string? decision = null) => new()
    {
        ["案号"] = number, ["申请人"] = "王五", ["复议机关"] = "清河县人民政府", ["被申请人"] = respondent, ["被申请行为"] = "罚款决定",
        ["行为类别"] = "行政处罚", ["收到申请日期"] = received, ["受理日期"] = accepted, ["决定日期"] = decided, ["决定类型"] = decision,
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient http, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "台账.xlsx" } };
        return await http.PostAsync("/api/reconsideration/import", form);
    }

    static byte[] Sheet(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return ms.ToArray();
    }

    [Theory, BothStores]
    public async Task A_sheet_with_any_bad_row_lists_every_error_with_row_and_column_and_saves_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj");
        var before = await app.QueryAsync(db => db.ReconsiderationCases.CountAsync());
        var response = await UploadAsync(http, Sheet([
            Row("清政复〔2026〕801号"),
            Row("清政复〔2026〕802号", respondent: "不存在的局"),
            Row("清政复〔2026〕803号", received: "2026-13-01"),
            Row("清政复〔2026〕801号"),
            Row("清政复〔2026〕804号", accepted: "2026-04-03", decided: "2026-04-02", decision: "维持"),
            Row("清政复〔2026〕1号"),
        ]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .GetProperty("errors").EnumerateArray()
            .Select(e => (
                Row: e.GetProperty("row").GetInt32(),
                Column: e.GetProperty("column").GetString(),
                Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(errors, e => e.Row == 3 && e.Column == "被申请人" && e.Message.Contains("找不到单位"));
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "收到申请日期" && e.Message.Contains("不是有效日期"));
        Assert.Contains(errors, e => e.Row == 5 && e.Column == "案号" && e.Message.Contains("第2行重复"));
        Assert.Contains(errors, e => e.Row == 6 && e.Message.Contains("不能早于受理日期"));
        Assert.Contains(errors, e => e.Row == 7 && e.Message.Contains("已存在"));
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Equal(before, await app.QueryAsync(db => db.ReconsiderationCases.CountAsync()));
    }

    [Theory, BothStores]
    public async Task Not_an_excel_file_and_a_missing_column_are_refused_clearly(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj");
        var notExcel = await UploadAsync(http, "这不是Excel"u8.ToArray());
        Assert.Contains("不是有效的Excel", await notExcel.Content.ReadAsStringAsync());
        var row = Row("清政复〔2026〕805号");
        row.Remove("被申请人");
        var missing = await UploadAsync(http, Sheet([row]));
        Assert.Contains("缺少必需的列“被申请人”", await missing.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task An_exported_sheet_imports_back_by_the_bulk_path_with_every_record_audited(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("admin");
        var exported =
            await (await http.GetAsync("/api/reconsideration/export?year=2025")).Content.ReadAsByteArrayAsync();
        var expected = await app.QueryAsync(db => db.ReconsiderationCases.CountAsync(c => c.ReceivedOn.Year == 2025));
        await app.QueryAsync(async db =>
            await db.ReconsiderationCases.Where(c => c.ReceivedOn.Year == 2025).ExecuteDeleteAsync());
        var response = await UploadAsync(http, exported);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(expected,
            await app.QueryAsync(db => db.ReconsiderationCases.CountAsync(c => c.ReceivedOn.Year == 2025)));

        Assert.Null(await app.QueryAsync(db => Fazhi.Kernel.Audit.AuditChain.VerifyAsync(db)));
        var imported = await app.QueryAsync(db => db.ReconsiderationCases
            .Where(c => c.ReceivedOn.Year == 2025)
            .Select(c => c.Id.ToString())
            .ToListAsync());
        var audited = await app.QueryAsync(db => db.AuditEntries
            .Where(a => a.Entity == "ReconsiderationCase"
                && a.Action == Fazhi.Kernel.Audit.AuditAction.Insert
                && a.Actor == "admin")
            .Select(a => a.EntityId)
            .ToListAsync());
        Assert.Equal(imported.Order(), audited.Order());
        // Ids drawn by the bulk path leave the store's own numbering intact for the next ordinary insert.
        var county = await app.QueryAsync(db =>
            db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync());
        var next = await http.PostAsJsonAsync("/api/reconsideration", new
        {
            caseNumber = "清政复〔2026〕990号", applicants = "钱八", unitId = county, respondentUnitId = county + 2,
            contestedAct = "决定", category = "Other", receivedOn = "2026-03-02",
        });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
    }

    [Theory, BothStores]
    public async Task The_report_paragraph_states_the_figures_and_downloads_as_word(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var http = await app.ClientForAsync("sfj");
        var figures = JsonDocument.Parse(await http.GetStringAsync("/api/figures?unit=149901&year=2025")).RootElement
            .GetProperty("figures").EnumerateArray().ToList();
        string Display(string key) =>
            figures.Single(f => f.GetProperty("key").GetString() == key).GetProperty("display").GetString()!;
        var text = JsonDocument.Parse(
                await http.GetStringAsync("/api/report/reconsideration-litigation?unit=149901&year=2025"))
            .RootElement.GetProperty("text").GetString()!;
        Assert.Contains($"全年共办理行政复议案件{Display("reconsideration.cases_received")}", text);
        Assert.Contains($"综合纠错率{Display("reconsideration.correction_rate")}", text);
        var appeared = figures.Single(f => f.GetProperty("key").GetString() == "litigation.appearance_rate")
            .GetProperty("numerator").GetInt64();
        Assert.Contains($"负责人出庭应诉{appeared}件，出庭应诉率{Display("litigation.appearance_rate")}", text);
        var docx = await http.GetByteArrayAsync(
            "/api/report/reconsideration-litigation?unit=149901&year=2025&format=docx");
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Contains(text, doc.MainDocumentPart!.Document!.Body!.InnerText);
    }
}
