using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel;
using Fazhi.Kernel.Exchange;
using Fazhi.Kernel.Host;

namespace Fazhi.Features.Enforcement.Inspections;

public class ObjectListModel(ObjectService svc, IAuthorizationService authorization, IServiceProvider services)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ObjectKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public RiskGrade? Grade { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;
    /// <summary>The object whose recusal form is open.</summary>
    [BindProperty(SupportsGet = true)] public int? Recuse { get; set; }
    public List<InspectionObject> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public ILookup<int, InspectionRecusal> Recusals { get; private set; } = Array.Empty<InspectionRecusal>()
        .ToLookup(r => r.ObjectId);
    public InspectionObject? Recused { get; private set; }
    public List<EnforcementOfficer> Officers { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public ImportResult? Report { get; private set; }
    public string? Error { get; private set; }
    public string BaseQuery => $"q={Uri.EscapeDataString(Q ?? "")}&kind={Kind}&grade={Grade}";
    public string ExportUrl => "/api/enforcement/inspection-objects/export?" +
        $"search={Uri.EscapeDataString(Q ?? "")}&kind={Kind}&grade={Grade}";

    public async Task OnGetAsync()
    {
        (Rows, Total) = await svc.PageAsync(new ObjectFilter(Q, Kind, Grade), P);
        Recusals = await svc.RecusalsAsync(Rows.Select(o => o.Id).ToArray());
        CanWrite = (await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded;
        if (CanWrite && Recuse is { } id && await svc.FindAsync(id) is { } o)
            (Recused, Officers) = (o, await svc.OfficersAsync(o.UnitId));
    }

    /// <summary>Imports the uploaded registry: all rows or none, every bad cell listed.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file) => this.ImportAsync(authorization, OfficerApi.Write,
        file, async content => Report = await ObjectExchange.ImportAsync(services, content), OnGetAsync);

    public async Task<IActionResult> OnPostRecusalAsync(RegisterRecusalRequest request)
    {
        if (!(await authorization.AuthorizeAsync(User, OfficerApi.Write)).Succeeded) return Forbid();
        try
        {
            var r = await svc.RecuseAsync(request);
            TempData["Message"] = $"已登记{r.Officer?.Name}回避，抽取时不会选派其检查该对象";
            return Redirect(Request.Path);
        }
        catch (DomainException e) { Error = e.Message; }
        Recuse = request.ObjectId;
        await OnGetAsync();
        return Page();
    }
}
