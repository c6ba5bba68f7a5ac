using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Normative;

public class NewNormativeModel(NormativeService svc, FazhiDb db)
    : RegistrationPage<RegisterNormativeRequest>(db, "/normative")
{
    public NormativeService Service => svc;

    protected override RegisterNormativeRequest Blank() => new(0, "", "", svc.Today, "");

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterNormativeRequest input)
    {
        var d = await svc.RegisterAsync(input);
        return (d.Id, d.Title);
    }
}
