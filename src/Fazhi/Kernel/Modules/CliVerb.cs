using System.CommandLine;

namespace Fazhi.Kernel.Modules;

/// <summary>A command of the `fazhi` CLI. Parent groups verbs that several features share ("import", "export"):
/// the feature contributes the leaf ("import reconsideration"). Build receives the host, which runs the action
/// inside a service scope with the system's data scope.</summary>
public sealed record CliVerb(string? Parent, Func<ICliHost, Command> Build);

/// <summary>What a verb's action may ask of the host.</summary>
public interface ICliHost
{
    /// <summary>Runs work with the application's services, the schema migrated, as the actor "cli".</summary>
    Task<int> RunAsync(Func<IServiceProvider, Task<int>> work);
}
