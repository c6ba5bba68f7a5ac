using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;
using Fazhi.Kernel.Workflow;

namespace Fazhi.Features.Enforcement.Inspections;

/// <summary>Registers one object by the rules the API and the import use (ObjectService.RegisterAsync), then opens
/// its page.</summary>
public class NewObjectModel(ObjectService svc, FazhiDb db)
    : RegistrationPage<RegisterObjectRequest>(db, "/enforcement/inspection-objects")
{
    /// <summary>The agencies whose registry the caller may add to.</summary>
    public IEnumerable<Unit> Agencies => Units.Where(u => u.Kind != UnitKind.Court && svc.CanRegisterFor(u.Id));

    /// <summary>No grade chosen in advance: the agency assesses each object.</summary>
    protected override RegisterObjectRequest Blank() => new(0, "", ObjectKind.Enterprise, null, default, null);

    protected override async Task<(int Id, string Number)> RegisterAsync(RegisterObjectRequest input)
    {
        var o = await svc.RegisterAsync(input);
        return (o.Id, o.Name);
    }
}
