using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Enforcement;

public class PowerModel(PowerService svc) : PageModel
{
    public EnforcementPower Power { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await svc.FindAsync(id) is not { } power) return NotFound();
        Power = power;
        return Page();
    }
}
