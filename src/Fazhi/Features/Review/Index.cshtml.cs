using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Host;
using Fazhi.ReportReview.Input;

namespace Fazhi.Features.Review;

public class ReviewPageModel : PageModel
{
    public string? Text { get; private set; }
    public IReadOnlyList<ReportReview.Review> Reviews { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnPostAsync(string? text, List<IFormFile>? files) => await ReadAsync(text, files);

    public async Task<IActionResult> OnPostXlsxAsync(string? text, List<IFormFile>? files)
    {
        if (!await ReadAsync(text, files)) return Page();
        var output = new MemoryStream();
        await ReviewOutput.WriteXlsxAsync(Reviews, output);
        return File(output.ToArray(), ApiResults.Xlsx, "评议.xlsx");
    }

    public async Task<IActionResult> OnPostJsonAsync(string? text, List<IFormFile>? files) =>
        await ReadAsync(text, files)
            ? File(System.Text.Encoding.UTF8.GetBytes(ReviewOutput.ToJson(Reviews)), "application/json", "评议.json")
            : Page();

    /// <summary>Uploaded files take precedence over pasted text; false (with Error set) when nothing is
    /// readable.</summary>
    async Task<bool> ReadAsync(string? text, List<IFormFile>? files)
    {
        Text = text;
        try
        {
            var reviews = await ReviewUploads.ReadAsync(files ?? []);
            if (reviews.Count == 0 && !string.IsNullOrWhiteSpace(text))
                reviews.Add(ReportReview.Review.OfText("粘贴的文本", text));
            if (reviews.Count == 0) Error = "请粘贴报告全文或上传文件";
            Reviews = reviews;
        }
        catch (UnreadableReportException e) { Error = e.Message; }
        return Error is null;
    }
}
