using Microsoft.AspNetCore.Http.Features;

namespace Fazhi.Kernel.Host;

/// <summary>The server refuses a request body over its limit (Kestrel's MaxRequestBodySize, 30 MB by default) before
/// anything reads it. The refusal (413) says so in words: a problem for the API, a line of text for a page.</summary>
public static class UploadLimit
{
    const long DefaultLimit = 30_000_000;

    public static string Message(HttpContext http)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? DefaultLimit;
        return $"上传内容过大：超过服务器允许的 {limit / 1_000_000.0:0.#} MB 上限，" +
            "未作任何处理";
    }

    public static IApplicationBuilder UseUploadLimitAnswer(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode != StatusCodes.Status413PayloadTooLarge) return;
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(title: Message(http), statusCode: StatusCodes.Status413PayloadTooLarge)
                    .ExecuteAsync(http);
                return;
            }
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(Message(http));
        });
}
