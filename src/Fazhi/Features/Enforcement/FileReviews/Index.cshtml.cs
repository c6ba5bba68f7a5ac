using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Enforcement.FileReviews;

/// <summary>评查活动 and 评查标准: the lists, and the forms that organise a campaign and set a
/// standard.</summary>
public class ReviewCampaignsModel(ReviewService svc, FazhiDb db, IAuthorizationService authorization) : PageModel
{
    public const string SampleItems = """
        形式 立案审批表、调查笔录等文书齐全，装订规范 10
        形式 文书制作规范，送达回证完整 10
        内容 执法主体合法，在法定职权范围内 15
        内容 事实清楚，证据确凿充分 25
        内容 适用法律正确，裁量适当 20
        内容 程序合法：告知、听证、法制审核、送达 20
        否决 执法主体不合法
        否决 执法人员未取得执法证或少于两人
        否决 主要证据不足
        """;

    public const string SampleBands = """
        优秀 90 合格
        一类 75 合格
        二类 0
        """;

    public List<ReviewCampaign> Campaigns { get; private set; } = [];
    public List<ReviewRubric> Rubrics { get; private set; } = [];
    public List<Unit> Units { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public DomainException? Error { get; private set; }
    public DateOnly Today => svc.Today;

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostCampaignAsync(CampaignRequest request) =>
        RunAsync(async () => $"/enforcement/review-campaigns/{(await svc.CreateCampaignAsync(request)).Id}");

    public Task<IActionResult> OnPostRubricAsync(RubricRequest request) =>
        RunAsync(async () =>
        {
            await svc.CreateRubricAsync(request);
            return "/enforcement/review-campaigns";
        });

    async Task<IActionResult> RunAsync(Func<Task<string>> write)
    {
        if (!(await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded) return Forbid();
        try
        {
            var next = await write();
            TempData["Message"] = "已保存";
            return Redirect(next);
        }
        catch (DomainException e) { Error = e; }
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        Campaigns = await svc.CampaignsAsync();
        Rubrics = await svc.RubricsAsync();
        Units = await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.Court).OrderBy(u => u.Path).ToListAsync();
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
    }
}
