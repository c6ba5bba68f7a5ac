using Microsoft.AspNetCore.Mvc.Filters;

namespace Fazhi.Kernel.Host;

/// <summary>A write to a page that has no handler for it (a form posted to a handler name the page lacks, or with no
/// name to a page whose forms all name one) is a 400 naming what was asked, never the page rendered without its
/// records.</summary>
public sealed class UnknownHandlerPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) return next();
        var handler = context.HttpContext.Request.Query["handler"].ToString();
        context.Result = DomainErrorPageFilter.BadRequest(
            handler.Length == 0 ? "该页面没有不指明操作的提交" : $"该页面没有“{handler}”操作");
        return Task.CompletedTask;
    }
}
