using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Tests.Kernel;

/// <summary>Uploads are bounded before any parser reads them: a small package that unpacks to hundreds of megabytes,
/// a sheet with too many rows and a damaged file each get a clear refusal, never a server error.</summary>
public class UploadBoundsTests
{
    /// <summary>A zip whose one part unpacks to the given size (repeated bytes compress to almost nothing).</summary>
    static byte[] Bomb(string part, long unpacked)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'A');
            for (long written = 0; written < unpacked; written += block.Length) stream.Write(block);
        }
        return output.ToArray();
    }

    static MultipartFormDataContent Upload(string field, string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, name } };
    }

    [Theory, BothStores]
    public async Task A_workbook_whose_shared_strings_unpack_to_hundreds_of_megabytes_is_refused_unread(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var bomb = Bomb("xl/sharedStrings.xml", 300L * 1024 * 1024);
        Assert.True(bomb.Length < 2 * 1024 * 1024);
        var admin = await app.ClientForAsync("admin");
        var response = await admin.PostAsync("/api/units/import", Upload("file", "单位.xlsx", bomb));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("解压后", await response.Content.ReadAsStringAsync());
    }

    [Theory, BothStores]
    public async Task A_word_file_that_unpacks_far_beyond_a_report_is_refused_by_the_reviewer(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var guest = await app.ClientForAsync("guest");
        var response = await guest.PostAsync("/api/review",
            Upload("file", "报告.docx", Bomb("word/document.xml", 150L * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("解压后", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_sheet_longer_than_an_import_takes_is_refused_at_the_limit()
    {
        var rows = Enumerable.Range(1, SheetReader.MaxRows + 1)
            .Select(i => new Dictionary<string, object?> { ["案号"] = i });
        var sheet = new MemoryStream();
        sheet.SaveAs(rows, excelType: ExcelType.XLSX);
        sheet.Position = 0;
        var read = SheetReader.Open(sheet, ["案号"]);
        Assert.Equal(SheetReader.MaxRows, read.Rows.Count);
        var error = Assert.Single(read.Errors);
        Assert.Contains("超过100,000行", error.Message);
    }

    [Theory, BothStores]
    public async Task A_sheet_full_of_errors_lists_the_first_two_hundred_and_says_there_are_more(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        // Every row lacks the applicant, the respondent and the act: three errors a row.
        var rows = Enumerable.Range(1, 5000).Select(i => new Dictionary<string, object?>
        {
            ["案号"] = $"错〔2026〕{i}号", ["申请人"] = null, ["复议机关"] = "清河县人民政府", ["被申请人"] = null,
            ["被申请行为"] = null, ["行为类别"] = "行政处罚", ["收到申请日期"] = "2026-03-02",
        });
        var sheet = new MemoryStream();
        sheet.SaveAs(rows, excelType: ExcelType.XLSX);
        var http = await app.ClientForAsync("sfj");
        var response = await http.PostAsync("/api/reconsideration/import", Upload("file", "台账.xlsx", sheet.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(SheetReader.MaxErrors + 1, errors.Count);
        Assert.Contains("不再检查", errors[^1].GetProperty("message").GetString());
        Assert.Contains("错误超过200处", report.GetProperty("summary").GetString());
    }

    [Fact]
    public void A_damaged_workbook_gets_an_error_not_an_exception()
    {
        var read = SheetReader.Open(new MemoryStream("PK\u0003\u0004 not really a zip"u8.ToArray()), ["案号"]);
        Assert.Contains("损坏", Assert.Single(read.Errors).Message);
    }
}
