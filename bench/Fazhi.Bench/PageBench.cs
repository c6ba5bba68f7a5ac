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
        var line = $"| {what} (`GET {Uri.UnescapeDataString(path)}`) | {times[runs / 2]:0} ms | {times[0]:0} ms |";
        Console.WriteLine(line);
        return line;
    }

    /// <summary>The reconsideration and litigation lists and the home page's due list.</summary>
    public static async Task<List<string>> ReconsiderationAsync(HttpClient province, HttpClient county, int year)
    {
        var concluded = $"/reconsideration?status=Concluded&year={year}";
        return
        [
            await TimeAsync(province, "case list first page, filter 已审结 + year, province coordinator", concluded),
            await TimeAsync(county, "case list first page, filter 已审结 + year, county coordinator", concluded),
            await TimeAsync(county, "case list first page, search “罚款”, county coordinator",
                "/reconsideration?q=" + Uri.EscapeDataString("罚款")),
            await TimeAsync(county, "litigation list first page, county coordinator", "/litigation"),
            await TimeAsync(county, "home page due list, county coordinator", "/"),
            await TimeAsync(province, "home page due list, province coordinator", "/"),
        ];
    }

    /// <summary>The enforcement case list, filtered as an agency or a 司法局 filters it, and searched.</summary>
    public static async Task<List<string>> EnforcementAsync(HttpClient province, HttpClient county, int year)
    {
        var penalties = $"/enforcement/cases?kind=Penalty&status=Closed&year={year}";
        return
        [
            await TimeAsync(province, "enforcement cases first page, filter 行政处罚 + 已结案 + year, province " +
                "coordinator", penalties),
            await TimeAsync(county, "enforcement cases first page, filter 行政处罚 + 已结案 + year, county " +
                "coordinator", penalties),
            await TimeAsync(county, "enforcement cases first page, search “当事人1”, county coordinator",
                "/enforcement/cases?q=" + Uri.EscapeDataString("当事人1")),
            await TimeAsync(county, "home page due list, county coordinator", "/"),
        ];
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
