using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>A sampled file: the case at a glance, what it shows against the veto items, and the scoring form for
/// the organiser.</summary>
public class FileReviewModel(ReviewService svc, FazhiDb db, IAuthorizationService authorization)
    : CasePage(db, authorization, OfficerApi.Write)
{
    public FileReview Review { get; private set; } = null!;
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => svc.CanScore(Review);

    public Task<IActionResult> OnPostScoreAsync(int id, ScoreRequest request) =>
        RunAsync(id, () => svc.ScoreAsync(id, request), "已评分");

    protected override async Task<bool> LoadAsync(int id)
    {
        if (await svc.FindFileAsync(id) is not { } f) return false;
        Review = f;
        return true;
    }
}
