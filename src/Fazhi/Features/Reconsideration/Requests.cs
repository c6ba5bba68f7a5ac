namespace Fazhi.Features.Reconsideration;

public sealed record RegisterCaseRequest(string CaseNumber, string Applicants, int UnitId, int RespondentUnitId, string ContestedAct, ActCategory Category,
    DateOnly ReceivedOn, ReconsiderationProcedure Procedure = ReconsiderationProcedure.Ordinary, SimplifiedBasis? SimplifiedBasis = null, decimal? AmountYuan = null)
{
    public ReconsiderationCase ToCase() => new()
    {
        CaseNumber = CaseNumber, Applicants = Applicants, UnitId = UnitId, RespondentUnitId = RespondentUnitId, ContestedAct = ContestedAct,
        Category = Category, ReceivedOn = ReceivedOn, Procedure = Procedure, SimplifiedBasis = SimplifiedBasis, AmountYuan = AmountYuan,
    };
}

public enum CaseStep { RequestMaterial, SupplyMaterial, Accept, RefuseAcceptance, SendCopy, ReceiveAnswer, Suspend, Resume, Conclude }

public sealed record CaseStepRequest(CaseStep Step, DateOnly On, int Version, SuspensionGround? Ground = null, ReconsiderationDecision? Decision = null, bool SelfCorrected = false);

public sealed record ExtensionRequest(DateOnly NewDue, string Reason, string Approver);

/// <summary>One entry point for every procedural step, used by the API and the case page alike.</summary>
public static class CaseSteps
{
    public static readonly Dictionary<CaseStep, string> Label = new()
    {
        [CaseStep.RequestMaterial] = "要求补正", [CaseStep.SupplyMaterial] = "补正", [CaseStep.Accept] = "受理", [CaseStep.RefuseAcceptance] = "不予受理",
        [CaseStep.SendCopy] = "发送副本", [CaseStep.ReceiveAnswer] = "答复", [CaseStep.Suspend] = "中止", [CaseStep.Resume] = "恢复审理", [CaseStep.Conclude] = "决定",
    };

    public static Task<ReconsiderationCase> ApplyAsync(ReconsiderationService svc, int id, CaseStepRequest r)
    {
        var text = r.Step switch
        {
            CaseStep.Suspend => $"中止审理：{Labels.Ground[r.Ground ?? throw new Kernel.DomainException("Ground", "请选择中止理由")]}",
            CaseStep.Conclude => $"作出{Labels.Decision[r.Decision ?? throw new Kernel.DomainException("Decision", "请选择决定类型")]}决定" + (r.SelfCorrected ? "（被申请人已自行纠错）" : ""),
            _ => Label[r.Step],
        };
        return svc.StepAsync(id, r.Version, r.On, Label[r.Step], text, c =>
        {
            switch (r.Step)
            {
                case CaseStep.RequestMaterial: CaseRules.RequestMaterial(c, r.On); break;
                case CaseStep.SupplyMaterial: CaseRules.SupplyMaterial(c, r.On); break;
                case CaseStep.Accept: CaseRules.Accept(c, r.On); break;
                case CaseStep.RefuseAcceptance: CaseRules.RefuseAcceptance(c, r.On); break;
                case CaseStep.SendCopy: CaseRules.SendCopy(c, r.On); break;
                case CaseStep.ReceiveAnswer: CaseRules.ReceiveAnswer(c, r.On); break;
                case CaseStep.Suspend: CaseRules.Suspend(c, r.On, r.Ground!.Value); break;
                case CaseStep.Resume: CaseRules.Resume(c, r.On); break;
                case CaseStep.Conclude: CaseRules.Conclude(c, r.On, r.Decision!.Value, r.SelfCorrected); break;
            }
        });
    }
}
