using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fazhi.Features.Reconsideration;

public class ImportModel(IServiceProvider sp) : PageModel
{
    public ImportReport? Report { get; private set; }

    public async Task OnPostAsync(IFormFile? file)
    {
        Report = file is null
            ? new ImportReport(0, [new(0, "", "请选择要导入的文件")])
            : await CaseExchange.ImportAsync(sp, file.OpenReadStream());
    }
}
