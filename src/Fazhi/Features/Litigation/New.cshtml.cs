using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Litigation;

public class NewLitigationModel(LitigationService svc, FazhiDb db)
    : RegistrationPage<RegisterLitigationRequest>(db, "/litigation")
{
    protected override RegisterLitigationRequest Blank() => new("", 0, 0, "", "", svc.Today);

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterLitigationRequest input)
    {
        var c = await svc.RegisterAsync(input);
        return (c.Id, c.CaseNumber);
    }
}
