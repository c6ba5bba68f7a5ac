using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Reconsideration;

public class NewModel(ReconsiderationService svc, FazhiDb db)
    : RegistrationPage<RegisterCaseRequest>(db, "/reconsideration")
{
    protected override RegisterCaseRequest Blank() => new("", "", 0, 0, "", ActCategory.Penalty, svc.Today);

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterCaseRequest input)
    {
        var c = await svc.RegisterAsync(input);
        return (c.Id, c.CaseNumber);
    }
}
