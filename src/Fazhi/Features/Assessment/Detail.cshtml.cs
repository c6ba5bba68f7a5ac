using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Fazhi.Kernel;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Assessment;

/// <summary>A unit's assessment as its score sheet, with the forms of the step at hand: the unit's self-assessment and
/// evidence, the assessor's review, the unit's objections and their answers, the final scores.</summary>
public class AssessmentDetailModel(AssessmentService svc, CaseWorkflow workflow, FazhiDb db,
    IAuthorizationService authorization) : RecordPage<UnitAssessment>(db, authorization, AssessmentApi.Write, workflow)
{
    public ScoreSheet Sheet { get; private set; } = null!;
    public bool Assessed { get; private set; }
    public bool Assessor { get; private set; }
    public DateOnly Today => svc.Today;
    protected override bool MayWriteCase => Assessed || Assessor;

    /// <summary>Which column takes scores now: the unit's own while it assesses itself, the reviewer's in review.
    /// </summary>
    public string? Scoring => CanWrite switch
    {
        true when Assessed && Record.State == AssessmentState.SelfAssessing => "Self",
        true when Assessor && Record.State == AssessmentState.Submitted => "Review",
        _ => null,
    };

    public bool MayObject => CanWrite && Assessed && Record.State == AssessmentState.Reviewed
        && Today <= Record.ObjectionDueOn;

    public Task<IActionResult> OnPostSelfAsync(int id, int version, List<LeafScore>? scores) =>
        RunAsync(id, () => svc.SelfAssessAsync(id, new ScoresRequest(version, scores ?? [])), "已保存自评");

    public Task<IActionResult> OnPostReviewAsync(int id, int version, List<LeafScore>? scores) =>
        RunAsync(id, () => svc.ReviewAsync(id, new ScoresRequest(version, scores ?? [])), "已保存复核评分");

    public Task<IActionResult> OnPostSubmitAsync(int id, int version) =>
        RunAsync(id, () => svc.SubmitAsync(id, new VersionRequest(version)), "已提交自评");

    public Task<IActionResult> OnPostReviewedAsync(int id, int version, int objectionDays) =>
        RunAsync(id, () => svc.CompleteReviewAsync(id, new CompleteReviewRequest(version, objectionDays)),
            "已完成复核，并告知异议期");

    public Task<IActionResult> OnPostObjectionAsync(int id, ObjectionRequest request) =>
        RunAsync(id, () => svc.ObjectAsync(id, request), "已提出异议");

    public Task<IActionResult> OnPostAnswerAsync(int id, AnswerObjectionRequest request) =>
        RunAsync(id, () => svc.AnswerAsync(id, request), "已答复异议");

    public Task<IActionResult> OnPostFinalizeAsync(int id, int version, string? comment) =>
        RunAsync(id, () => svc.FinalizeAsync(id, new FinalizeRequest(version, comment)), "已确定考核结果");

    public Task<IActionResult> OnPostEvidenceAsync(int id, int version, int indicatorId, IFormFile? evidence) =>
        RunAsync(id, async () =>
        {
            if (evidence is null) throw new DomainException("Evidence", "请选择佐证材料文件");
            await using var content = evidence.OpenReadStream();
            await svc.AddEvidenceAsync(id, version, indicatorId,
                (evidence.FileName, evidence.ContentType ?? "", content));
        }, "已上传佐证材料");

    protected override Task<UnitAssessment?> FindAsync(int id) => svc.FindAsync(id);

    protected override async Task LoadedAsync(UnitAssessment a)
    {
        (Assessed, Assessor) = (svc.IsAssessed(a), svc.IsAssessor(a));
        Sheet = ScoreSheet.Of(a, await svc.AutoScoresAsync(a), await svc.EvidenceOfAsync(a.Id));
    }
}
