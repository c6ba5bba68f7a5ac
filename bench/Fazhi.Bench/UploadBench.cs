using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using MiniExcelLibs;

/// <summary>Hostile uploads sent to a running server (another process) while its memory is read from /proc: the peak
/// resident size after each upload, the answer, and whether the server still answers a page afterwards.</summary>
static class UploadBench
{
    const long MiB = 1024 * 1024;
    const string SpanRow = "<tr><td colspan=\"1000\" rowspan=\"1000\">合计</td><td>5件</td></tr>";

    public static async Task RunAsync(string url, string readerToken, string writerToken, int pid, string results)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        (string What, string Path, string Token, Func<HttpContent> Body)[] uploads =
        [
            ("Word 文件：0.2 MB，解压后 150 MB", "/api/review", readerToken,
                () => File("file", "报告.docx", Bomb("word/document.xml", 150 * MiB))),
            ("Excel：一个共享字符串解压后 300 MB", "/api/reconsideration/import", writerToken,
                () => File("file", "台账.xlsx", Bomb("xl/sharedStrings.xml", 300 * MiB))),
            ("Word 文件谎报解压大小（声明 1 KB，实为 400 MB）", "/api/review", readerToken,
                () => File("file", "报告.docx", Lying("word/document.xml", 400 * MiB))),
            ("Excel：1,000,000 行", "/api/reconsideration/import", writerToken,
                () => File("file", "台账.xlsx", Rows(1_000_000))),
            ("Excel：500,000 行（在大小上限以内，由行数上限拦下）", "/api/reconsideration/import", writerToken,
                () => File("file", "台账.xlsx", Rows(500_000))),
            ("粘贴 100 MB 文本", "/api/review", readerToken,
                () => new MultipartFormDataContent { { new StringContent(new string('法', 50_000_000)), "text" } }),
            ("1 GB 请求体（流式发送）", "/api/review", readerToken, () => Endless(1024 * MiB)),
            ("20 MB 随机字节当作 .xlsx", "/api/reconsideration/import", writerToken,
                () => File("file", "台账.xlsx", Random.Shared.GetItems<byte>(new byte[256], (int)(20 * MiB)))),
            ("网页：表格嵌套 100,000 层", "/api/review", readerToken,
                () => File("file", "报告.html", Encoding.UTF8.GetBytes(
                    "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>1件", 100_000))))),
            ("网页：20,000 个 1000×1000 的合并单元格", "/api/review", readerToken,
                () => File("file", "报告.html", Encoding.UTF8.GetBytes("<html><body><table>" + string.Concat(
                    Enumerable.Repeat(SpanRow, 20_000))))),
            ("文本：200,000 行的统计表", "/api/review", readerToken,
                () => File("file", "报告.txt", Encoding.UTF8.GetBytes("地区\t收案\t占比\n" + string.Concat(
                    Enumerable.Range(0, 200_000).Select(i => $"某镇\t{i % 97}\t1.5%\n"))))),
            ("PDF：10,000 页", "/api/review", readerToken, () => File("file", "报告.pdf", BlankPdf(10_000))),
            ("PDF：一段压缩内容解压后 1 GB", "/api/review", readerToken,
                () => File("file", "报告.pdf", PdfBomb())),
        ];
        var lines = new StringBuilder();
        lines.AppendLine("| upload | answer | time | server peak RSS after | still answering |");
        lines.AppendLine("|---|---|---|---|---|");
        foreach (var (what, path, token, body) in uploads)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            // The server's answer to a body over its limit arrives before the body is sent, not as a broken pipe.
            request.Headers.ExpectContinue = true;
            var size = request.Content.Headers.ContentLength ?? 0;
            var sw = Stopwatch.StartNew();
            string answer;
            try
            {
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                answer = $"{(int)response.StatusCode} {Summary(text)}";
            }
            catch (HttpRequestException e) { answer = $"连接中断：{e.Message}"; }
            var elapsed = sw.Elapsed.TotalSeconds;
            var alive = await AnswersAsync(http, readerToken);
            var line = $"| {what}（请求 {size / (double)MiB:0.#} MB） | {answer} | {elapsed:0.0} s | " +
                       $"{PeakMegabytes(pid):N0} MB | {(alive ? "是" : "否")} |";
            Console.WriteLine(line);
            lines.AppendLine(line);
        }
        await System.IO.File.AppendAllTextAsync(results, lines.ToString());
    }

    static async Task<bool> AnswersAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/units");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try { return (await http.SendAsync(request)).IsSuccessStatusCode; }
        catch (HttpRequestException) { return false; }
    }

    /// <summary>VmHWM: the most memory the process has held resident since it started.</summary>
    static long PeakMegabytes(int pid) =>
        long.Parse(System.IO.File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:"))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;

    static string Summary(string body)
    {
        // An import's first row error says more than its summary.
        var title = System.Text.RegularExpressions.Regex.Match(body, "\"(message|title)\":\"([^\"]{0,70})").Groups[2];
        var text = title.Success ? title.Value : body.Length > 60 ? body[..60] : body;
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Replace("|", "/");
    }

    static byte[] BlankPdf(int pages)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i < pages; i++) builder.AddPage(595, 842);
        return builder.Build();
    }

    /// <summary>A PDF whose one stream is 1 GB of zeros packed to about 1 MB.</summary>
    static byte[] PdfBomb()
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            for (var i = 0; i < 1024; i++) z.Write(new byte[MiB]);
        var head = Encoding.ASCII.GetBytes(
            $"%PDF-1.7\n1 0 obj\n<< /Length {packed.Length} /Filter /FlateDecode >>\nstream\n");
        return [.. head, .. packed.ToArray(), .. "\nendstream\nendobj\n%%EOF"u8];
    }

    static HttpContent File(string field, string name, byte[] bytes) =>
        new MultipartFormDataContent { { new ByteArrayContent(bytes), field, name } };

    /// <summary>A zip whose one part unpacks to the given size.</summary>
    static byte[] Bomb(string part, long unpacked)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            var block = new byte[MiB];
            Array.Fill(block, (byte)'A');
            for (long written = 0; written < unpacked; written += block.Length) stream.Write(block);
        }
        return output.ToArray();
    }

    /// <summary>The same bomb with its declared unpacked size rewritten to 1 KB in both headers.</summary>
    static byte[] Lying(string part, long unpacked)
    {
        var bytes = Bomb(part, unpacked);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), 1024);
        var central = bytes.AsSpan().LastIndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), 1024);
        return bytes;
    }

    static byte[] Rows(int count)
    {
        var rows = Enumerable.Range(1, count).Select(i => new Dictionary<string, object?>
        {
            ["案号"] = $"压〔2026〕{i}号", ["申请人"] = "甲", ["复议机关"] = "清河县人民政府", ["被申请人"] = "清河县公安局",
            ["被申请行为"] = "罚款", ["行为类别"] = "行政处罚", ["收到申请日期"] = "2026-03-02",
        });
        var sheet = new MemoryStream();
        sheet.SaveAs(rows, excelType: ExcelType.XLSX);
        return sheet.ToArray();
    }

    /// <summary>A body of the given length produced as it is sent, so the bench itself holds none of it.</summary>
    static HttpContent Endless(long length)
    {
        var content = new StreamContent(new RepeatingStream(length));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        content.Headers.ContentLength = length;
        return content;
    }

    sealed class RepeatingStream(long length) : Stream
    {
        long _position;
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)'A');
            _position += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
