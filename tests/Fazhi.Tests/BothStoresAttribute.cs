using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Fazhi.Tests;

/// <summary>Runs a theory once per storage provider: <c>[Theory, BothStores]</c> on a method taking the provider
/// name, which it hands to <see cref="TestApp"/>. Every test that builds a <see cref="TestApp"/> carries it
/// (Architecture/StoreCoverageTests checks it); TestApp skips the PostgreSQL row when PG_CONN is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothStoresAttribute : DataAttribute
{
    public static readonly IReadOnlyList<string> Providers = ["sqlite", "postgres"];

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(
        MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([.. Providers.Select(p => new TheoryDataRow<string>(p))]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
