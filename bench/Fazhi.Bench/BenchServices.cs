using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Access;
using Fazhi.Kernel.Host;

/// <summary>The application's services over a benchmark's store, each piece of work in a scope of its own as a given
/// user (or the system).</summary>
sealed class BenchServices(ServiceProvider root) : IAsyncDisposable
{
    public static BenchServices Start(string provider, string connection) => new(FazhiHost.BuildServiceProvider(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider, ["ConnectionStrings:Fazhi"] = connection,
        }).Build()));

    public async Task<T> As<T>(DataScope scope, Func<IServiceProvider, Task<T>> work)
    {
        await using var s = root.CreateAsyncScope();
        s.ServiceProvider.GetRequiredService<ScopeAccessor>().Scope = scope;
        return await work(s.ServiceProvider);
    }

    public ValueTask DisposeAsync() => root.DisposeAsync();
}
