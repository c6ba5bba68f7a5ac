namespace Fazhi.Features.Normative;

/// <summary>A step's form on the document's page: its title and the fields it asks for (the date always).</summary>
public sealed record NormativeForm(NormativeStep Step, string Title, string? Text = null, string? Reason = null,
    string? Passed = null, bool Compliant = false, bool Issue = false, bool Filing = false, string? Until = null)
{
    /// <summary>The steps the document allows now, as forms.</summary>
    public static IReadOnlyList<NormativeForm> For(NormativeDocument d)
    {
        var forms = new List<NormativeForm>();
        void Add(bool when, params NormativeForm[] step)
        {
            if (when) forms.AddRange(step);
        }
        var drafting = d.State == NormativeState.Drafting && d.DeliberatedOn is null;
        Add(drafting && d.LegalityPassed != true && (d.LegalitySentOn is null || d.LegalityOn is not null),
            new NormativeForm(NormativeStep.SendForLegality, "送请合法性审核"));
        Add(drafting && d.LegalitySentOn is not null && d.LegalityOn is null,
            new NormativeForm(NormativeStep.LegalityOpinion, "合法性审核意见", Text: "审核意见", Passed: "审核通过（合法）"));
        Add(drafting && d.FairCompetitionOn is null && d.FairCompetitionExempt is null,
            new NormativeForm(NormativeStep.FairCompetition, "公平竞争审查", Text: "审查结论"),
            new NormativeForm(NormativeStep.ExemptFairCompetition, "公平竞争审查不适用", Reason: "理由（如不涉及市场主体经济活动）"));
        Add(drafting, new NormativeForm(NormativeStep.Deliberate, "集体审议（常务会议、局务会议等）", Text: "会议记录",
            Passed: "审议通过"));
        Add(d.State == NormativeState.Drafting && d.DeliberatedOn is not null,
            new NormativeForm(NormativeStep.Issue, "统一登记、统一编号、统一印发并公布", Issue: true, Until: "有效期至"));
        var inForce = d.State == NormativeState.InForce;
        Add(inForce && d.FiledOn is null, new NormativeForm(NormativeStep.File, "报送备案", Filing: true));
        Add(d.FiledOn is not null && d.FilingReviewedOn is null, new NormativeForm(NormativeStep.FilingReview,
            "备案审查（备案机关填写）", Text: "审查意见（存在问题的写明纠正意见）", Passed: "予以备案（未发现问题）", Compliant: true));
        Add(d.FilingOutcome == FilingOutcome.Unlawful && d.CorrectedOn is null,
            new NormativeForm(NormativeStep.Correct, "制定机关纠正", Text: "纠正情况"));
        Add(inForce && d.ValidUntil is not null, new NormativeForm(NormativeStep.Evaluate, "有效期届满前评估",
            Text: "评估意见", Passed: "继续施行", Until: "新的有效期截止日期（继续施行时填写）"));
        return forms;
    }
}
