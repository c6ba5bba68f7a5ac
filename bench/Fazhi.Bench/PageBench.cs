using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Host;

/// <summary>Pages as a browser gets them: the application on Kestrel over the benchmark's store, each request carrying
/// a user's personal token, so the timing includes authentication, resolving the user's data scope, the queries and
/// rendering the HTML.</summary>
sealed class PageBench(WebApplication app, string baseUrl) : IAsyncDisposable
{
    public static async Task<PageBench> StartAsync(string provider, string connection)
    {
        var app = FazhiHost.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Storage:Provider={provider}", $"--ConnectionStrings:Fazhi={connection}",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.First();
        return new PageBench(app, address);
    }

    public HttpClient ClientFor(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Median and best of five requests after one warm-up; any status but 200 fails the benchmark.</summary>
    public static async Task<string> TimeAsync(HttpClient client, string what, string path, int runs = 5)
    {
        await GetAsync(client, path);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await GetAsync(client, path);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var line = $"| {what} (`GET {path}`) | {times[runs / 2]:0} ms | {times[0]:0} ms |";
        Console.WriteLine(line);
        return line;
    }

    static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
