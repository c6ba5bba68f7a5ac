using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Rectification;

public class NewOversightModel(OversightService svc, FazhiDb db)
    : RegistrationPage<CreateOversightRequest>(db, "/rectification")
{
    public OversightService Service => svc;

    protected override CreateOversightRequest Blank() =>
        new(0, "", RectificationLabels.Kinds[0], "", svc.Today, svc.Today, "");

    protected override async Task<(int Id, string Number)> RegisterAsync(CreateOversightRequest input)
    {
        var o = await svc.CreateAsync(input);
        return (o.Id, o.Title);
    }
}
