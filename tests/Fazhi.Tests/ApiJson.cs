using System.Net;
using System.Text.Json;

namespace Fazhi.Tests;

/// <summary>An API answer read as a test expects it: a success's JSON, or a refusal's status and body (the message
/// the caller is shown).</summary>
public static class ApiJson
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<string> RefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        return body;
    }
}
