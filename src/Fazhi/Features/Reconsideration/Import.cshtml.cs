using Microsoft.AspNetCore.Mvc.RazorPages;
using Fazhi.Kernel.Exchange;

namespace Fazhi.Features.Reconsideration;

public class ImportModel(IServiceProvider sp) : PageModel
{
    public ImportResult? Report { get; private set; }

    public async Task OnPostAsync(IFormFile? file)
    {
        Report = file is null
            ? new ImportResult(0, "件", [new(0, "", "请选择要导入的文件")])
            : await CaseExchange.ImportAsync(sp, file.OpenReadStream());
    }
}
