using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Enforcement.FileReviews;

public class ReviewCampaignModel(ReviewService svc) : PageModel
{
    public ReviewCampaign Campaign { get; private set; } = null!;
    public List<ReviewRules.GradeShare> Grades { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await svc.FindCampaignAsync(id) is not { } c) return NotFound();
        Campaign = c;
        Grades = ReviewRules.Distribution(c.Rubric!, c.Files);
        return Page();
    }
}
