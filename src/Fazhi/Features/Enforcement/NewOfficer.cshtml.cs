using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement;

public class NewOfficerModel(OfficerService svc, FazhiDb db)
    : RegistrationPage<RegisterOfficerRequest>(db, "/enforcement/officers")
{
    protected override RegisterOfficerRequest Blank() => new(0, "", "", "", svc.Today.AddYears(3));

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterOfficerRequest input)
    {
        var o = await svc.RegisterAsync(input);
        return (o.Id, $"{o.Name}（{o.CertificateNumber}）");
    }
}
