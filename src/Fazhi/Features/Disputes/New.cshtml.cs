using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Disputes;

public class NewDisputeModel(DisputeService svc, FazhiDb db)
    : RegistrationPage<RegisterDisputeRequest>(db, "/disputes")
{
    public List<MediationOrganisation> Organisations { get; private set; } = [];

    protected override RegisterDisputeRequest Blank() =>
        new(0, DisputeLabels.Kinds[0], "", "", svc.Today, DisputeSource.Party, null);

    protected override async Task LoadChoicesAsync() =>
        Organisations = [.. (await svc.OrganisationsAsync()).Where(o => svc.MayRegisterWith(o.UnitId))];

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterDisputeRequest input)
    {
        var c = await svc.RegisterAsync(input);
        return (c.Id, c.Number);
    }
}
