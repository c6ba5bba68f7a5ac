using Fazhi.Kernel.Figures;
using Fazhi.Kernel.Storage;

namespace Fazhi.Features.AnnualReport;

public class ReportModel(FigureService figures, FazhiDb db, TimeProvider clock)
    : FigureScopePage(figures, db, clock)
{
    public string Text { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(ct) is { } scope)
            Text = ReportParagraph.Write(scope, await Figures.AllAsync(scope, ct));
    }
}
