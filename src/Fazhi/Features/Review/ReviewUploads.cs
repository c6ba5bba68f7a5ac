namespace Fazhi.Features.Review;

/// <summary>Reviews of uploaded report files, for the page and the API alike. Throws UnreadableReportException for a
/// file that is not a report.</summary>
public static class ReviewUploads
{
    public static async Task<List<ReportReview.Review>> ReadAsync(IEnumerable<IFormFile> files)
    {
        var reviews = new List<ReportReview.Review>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms);
            reviews.Add(ReportReview.Review.OfFile(file.FileName, ms.ToArray()));
        }
        return reviews;
    }
}
