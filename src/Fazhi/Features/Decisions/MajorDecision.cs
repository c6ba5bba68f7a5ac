using Fazhi.Kernel.Audit;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Decisions;

/// <summary>重大行政决策程序暂行条例 第3条第1款's five kinds of decision matter.</summary>
public enum DecisionCategory { PublicPolicy = 1, Plan = 2, Resources = 3, Project = 4, Other = 5 }

public enum DecisionState { Drafting = 1, Adopted = 2, Rejected = 3, Published = 4 }

/// <summary>A decision body's yearly directory of decision matters (决策事项目录, 第3条第3款): drawn up, agreed by the
/// party committee at its level, published, and adjusted with each change on its timeline.</summary>
public class DecisionDirectory : ICaseRecord
{
    public static string OwnerType => "decision-directory";

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int Year { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>Where it was published: the document (清政发〔2026〕3号) or the web address.</summary>
    public string? PublishedAs { get; set; }
    public string? CreatedById { get; set; }
    public int Version { get; set; }
    public List<DirectoryItem> Items { get; set; } = [];
}

/// <summary>A matter in the directory, with its 决策承办单位 as written.</summary>
public class DirectoryItem : IAudited
{
    public int Id { get; set; }
    public int DirectoryId { get; set; }
    /// <summary>The directory's unit, so a row cannot claim another body's directory.</summary>
    public int UnitId { get; set; }
    public string Title { get; set; } = "";
    public DecisionCategory Category { get; set; }
    public string LeadUnit { get; set; } = "";
    /// <summary>Set when the matter is taken off a published directory (its reason on the timeline).</summary>
    public DateOnly? RemovedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>A major administrative decision through its procedures: 公众参与, 专家论证, 风险评估 (each done or exempted
/// with its reason), 合法性审查, 集体讨论决定, 向党委请示报告, 公布; then its execution and a 决策后评估.</summary>
public class MajorDecision : ICaseRecord
{
    public static string OwnerType => "decision";

    public int Id { get; set; }
    /// <summary>The decision body (决策机关).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int? DirectoryItemId { get; set; }
    public string Title { get; set; } = "";
    public DecisionCategory Category { get; set; }
    public string LeadUnit { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public DecisionState State { get; set; } = DecisionState.Drafting;

    public DateOnly? CommentFrom { get; set; }
    public DateOnly? CommentTo { get; set; }
    public string? ShortenedReason { get; set; }
    public string? ParticipationText { get; set; }
    public DateOnly? HearingOn { get; set; }
    public string? ParticipationExempt { get; set; }

    public DateOnly? ExpertOn { get; set; }
    public string? ExpertText { get; set; }
    public string? ExpertExempt { get; set; }

    public DateOnly? RiskOn { get; set; }
    public bool? RiskControllable { get; set; }
    public string? RiskText { get; set; }
    public string? RiskExempt { get; set; }

    public DateOnly? LegalitySentOn { get; set; }
    public DateOnly? LegalityOn { get; set; }
    public bool? LegalityPassed { get; set; }
    public string? LegalityText { get; set; }

    public DateOnly? MeetingOn { get; set; }
    public string? Minutes { get; set; }
    public string? Dissent { get; set; }
    public string? HeadReason { get; set; }

    public DateOnly? PartyReportedOn { get; set; }
    public string? PartyReportExempt { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublicationText { get; set; }

    public DateOnly? EvaluatedOn { get; set; }
    public string? Evaluator { get; set; }
    public string? EvaluationText { get; set; }

    public string? CreatedById { get; set; }
    public int Version { get; set; }
}

/// <summary>A document of a decision's procedure, archived with it (留痕): the comment-seeking notice, the experts'
/// opinions, the risk report, the review's opinion, the minutes…; carries the decision's unit.</summary>
public class DecisionDocument : KeptFile
{
    public int DecisionId { get; set; }
    public int UnitId { get; set; }
    /// <summary>The procedure it belongs to, as the decision's page names it (公众参与, 合法性审查…).</summary>
    public string Procedure { get; set; } = "";
}
