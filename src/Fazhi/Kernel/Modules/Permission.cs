namespace Fazhi.Kernel.Modules;

/// <summary>An action a feature guards, as an authorization policy of the same name: the roles that may do it.
/// Endpoints and pages name the policy; the host registers every declared permission at start-up.</summary>
public sealed record Permission(string Policy, string Title, IReadOnlyList<string> Roles);
