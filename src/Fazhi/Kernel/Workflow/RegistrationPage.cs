using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;
using Fazhi.Kernel.Units;

namespace Fazhi.Kernel.Workflow;

/// <summary>The form that registers a case: binds the feature's request model only (never a stored entity), shows a
/// broken rule next to its field, and opens the new case's page on success.</summary>
public abstract class RegistrationPage<TRequest>(FazhiDb db, string casesPath) : PageModel where TRequest : class
{
    [BindProperty] public TRequest Input { get; set; } = null!;
    public List<Unit> Units { get; private set; } = [];
    public DomainException? Error { get; private set; }
    public string? ErrorFor(string field) => Error?.Field == field ? Error.Message : null;
    public string Invalid(string field) => Error?.Field == field ? "is-invalid" : "";

    /// <summary>The form's starting values.</summary>
    protected abstract TRequest Blank();

    /// <summary>Loads what the form offers beyond the units (the powers and officers of a scope…).</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>Registers the case; returns its id and number.</summary>
    protected abstract Task<(int Id, string Number)> RegisterAsync(TRequest input);

    public async Task OnGetAsync()
    {
        Input = Blank();
        Units = await LoadUnitsAsync();
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var (id, number) = await RegisterAsync(Input);
            TempData["Message"] = $"已登记 {number}";
            return Redirect($"{casesPath}/{id}");
        }
        catch (DomainException e) { Error = e; }
        Units = await LoadUnitsAsync();
        await LoadChoicesAsync();
        return Page();
    }

    Task<List<Unit>> LoadUnitsAsync() => db.Units.AsNoTracking().OrderBy(u => u.Path).ToListAsync();
}
