using System.Diagnostics;

namespace Fazhi.Kernel.Exchange;

/// <summary>A page printed to PDF by headless Chromium where one is installed (Exchange:Chromium, else
/// /usr/bin/chromium): no office converter is needed, and the page's links stay links in the PDF. Without it there
/// is no PDF, and pages offer none.</summary>
public sealed class PdfPrinter(IConfiguration config)
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public string? Browser => config["Exchange:Chromium"] is { Length: > 0 } path
        ? File.Exists(path) ? path : null
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    public bool Available => Browser is not null;

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        var browser = Browser ?? throw new InvalidOperationException("未安装 Chromium，不能生成PDF");
        var dir = Directory.CreateTempSubdirectory("fazhi-pdf-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.html");
            var pdf = Path.Combine(dir.FullName, "page.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                    $"--user-data-dir={Path.Combine(dir.FullName, "profile")}", $"--print-to-pdf={pdf}",
                    new Uri(page).AbsoluteUri,
                },
            };
            using var process = Process.Start(start)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Limit);
            // Chromium talks on both streams; unread, a full pipe would stall it.
            var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(limit.Token),
                process.StandardError.ReadToEndAsync(limit.Token));
            try { await process.WaitForExitAsync(limit.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            var said = await output;
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, ct)
                : throw new InvalidOperationException("Chromium 未生成PDF：" + said[1].Trim());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
