using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement;

public class NewPowerModel(PowerService svc, FazhiDb db)
    : RegistrationPage<RegisterPowerRequest>(db, "/enforcement/powers")
{
    protected override RegisterPowerRequest Blank() => new(0, null, "", PowerKind.Penalty, "");

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterPowerRequest input)
    {
        var p = await svc.RegisterAsync(input);
        return (p.Id, p.Name);
    }
}
