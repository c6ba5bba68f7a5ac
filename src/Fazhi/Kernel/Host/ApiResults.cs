using Microsoft.EntityFrameworkCore;
using Fazhi.Kernel.Storage;

namespace Fazhi.Kernel.Host;

/// <summary>What every API endpoint shares: how errors become problem responses, and file results.</summary>
public static class ApiResults
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Rule violations become 400 with the field, missing or out-of-scope records 404, a unit outside the
    /// caller's scope 403, stale edits 409.</summary>
    public static async ValueTask<object?> MapErrors(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        try { return await next(ctx); }
        catch (DomainException e)
        {
            return Results.Problem(title: e.Message, statusCode: 400,
                extensions: new Dictionary<string, object?> { ["field"] = e.Field });
        }
        catch (KeyNotFoundException e) { return Results.Problem(title: e.Message, statusCode: 404); }
        catch (UnauthorizedAccessException e) { return Results.Problem(title: e.Message, statusCode: 403); }
        catch (DbUpdateConcurrencyException e)
        {
            return Results.Problem(title: e.Message.StartsWith('该') ? e.Message
                : "该记录已被他人修改，请刷新后重试",
                statusCode: 409);
        }
        // A unique index refused a second save of the same thing (one extension per deadline).
        catch (DbUpdateException e) when (StoreErrors.IsDuplicate(e))
        {
            return Results.Problem(title: StoreErrors.Conflict, statusCode: 409);
        }
        catch (FormatException e) { return Results.Problem(title: e.Message, statusCode: 400); }
        // A body that cannot be read as what the endpoint takes (form limits, a malformed multipart) is the caller's.
        catch (BadHttpRequestException e)
        {
            return Results.Problem(statusCode: e.StatusCode, title: e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? UploadLimit.Message(ctx.HttpContext) : "请求内容无法读取：" + e.Message);
        }
        catch (InvalidDataException e) { return Results.Problem(title: e.Message, statusCode: 400); }
    }

    /// <summary>A write through the API by a browser session (the cookie) must carry the antiforgery token, so another
    /// site cannot make a signed-in browser post to it; callers with a personal token send no cookie and need none.
    /// </summary>
    public static async ValueTask<object?> RequireAntiforgeryForCookies(EndpointFilterInvocationContext ctx,
        EndpointFilterDelegate next)
    {
        var http = ctx.HttpContext;
        var bearer = http.Request.Headers.Authorization.ToString()
            .StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || bearer)
            return await next(ctx);
        var antiforgery = http.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Problem(statusCode: 400,
                title: "浏览器会话调用写入接口须携带防伪令牌（RequestVerificationToken " +
                    "请求头）；程序调用请使用个人令牌");
        return await next(ctx);
    }

    /// <summary>An Excel workbook written by the given export, as a download.</summary>
    public static async Task<IResult> XlsxAsync(string fileName, Func<Stream, Task> write)
    {
        var ms = new MemoryStream();
        await write(ms);
        return TypedResults.File(ms.ToArray(), Xlsx, fileName);
    }
}
