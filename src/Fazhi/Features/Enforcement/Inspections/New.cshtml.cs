using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

public class NewPlanModel(InspectionService svc, FazhiDb db)
    : RegistrationPage<RegisterPlanRequest>(db, "/enforcement/inspections")
{
    public List<EnforcementPower> Powers { get; private set; } = [];

    /// <summary>Ratios an agency might start from: more of the riskier grades.</summary>
    protected override RegisterPlanRequest Blank() =>
        new("", 0, 3, 5, 10, 20, InspectionRules.MinInspectors, svc.Today, svc.Today.AddMonths(3));

    protected override async Task LoadChoicesAsync() => Powers = await svc.PowersAsync();

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterPlanRequest input)
    {
        var p = await svc.RegisterAsync(input);
        return (p.Id, p.Name);
    }
}
