using Microsoft.AspNetCore.Mvc.Testing;
using Fazhi.Features.Demo;

namespace Fazhi.Tests.Kernel;

/// <summary>Over HTTPS — directly, or through a trusted proxy that ends TLS — the login cookie is Secure; a forwarded
/// header from anyone else is not believed.</summary>
public class TransportTests
{
    static async Task<string> LoginCookieAsync(TestApp app, string baseAddress, string? forwardedProto = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false,
        });
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        var response = await TestApp.PostFormAsync(client, "/account/login",
            [new("UserName", "guest"), new("Password", DemoCounty.Password)]);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fazhi.auth=")).ToLowerInvariant();
    }

    [Theory, BothStores]
    public async Task The_login_cookie_is_secure_over_https_and_never_readable_by_scripts(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var https = await LoginCookieAsync(app, "https://localhost");
        Assert.Contains("; secure", https);
        Assert.Contains("; httponly", https);
        Assert.Contains("; samesite=lax", https);
        Assert.DoesNotContain("; secure", await LoginCookieAsync(app, "http://localhost"));
        // Nobody is trusted to say the request was HTTPS unless configured.
        Assert.DoesNotContain("; secure", await LoginCookieAsync(app, "http://localhost", forwardedProto: "https"));
    }

    [Theory, BothStores]
    public async Task Behind_a_configured_proxy_its_forwarded_https_makes_the_cookie_secure(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        app.Settings["Proxy:KnownProxies:0"] = "127.0.0.1";
        Assert.Contains("; secure", await LoginCookieAsync(app, "http://localhost", forwardedProto: "https"));
    }
}
