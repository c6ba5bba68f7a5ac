using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Cases;

public class NewCaseModel(CaseService svc, FazhiDb db)
    : RegistrationPage<RegisterCaseRequest>(db, "/enforcement/cases")
{
    public List<EnforcementPower> Powers { get; private set; } = [];
    public List<EnforcementOfficer> Officers { get; private set; } = [];

    protected override RegisterCaseRequest Blank() =>
        new("", 0, PartyKind.Organisation, "", null, "", null, svc.Today, []);

    protected override async Task LoadChoicesAsync()
    {
        Powers = await svc.PowersAsync();
        Officers = await svc.CertifiedOfficersAsync(null, svc.Today);
    }

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterCaseRequest input)
    {
        var c = await svc.RegisterAsync(input);
        return (c.Id, c.Number);
    }
}
