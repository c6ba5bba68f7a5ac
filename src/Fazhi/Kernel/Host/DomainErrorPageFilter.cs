using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Fazhi.Kernel.Host;

/// <summary>A rule a page's query breaks (a year out of range) that the page does not handle itself becomes a 400 with
/// the rule's message, never a 500.</summary>
public sealed class DomainErrorPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not DomainException e || executed.ExceptionHandled) return;
        executed.Result = BadRequest(e.Message);
        executed.ExceptionHandled = true;
    }

    /// <summary>The 400 a page answers with when the request, not the server, is at fault.</summary>
    public static ContentResult BadRequest(string why) => new()
    {
        StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/plain; charset=utf-8",
        Content = $"请求有误：{why}",
    };
}
