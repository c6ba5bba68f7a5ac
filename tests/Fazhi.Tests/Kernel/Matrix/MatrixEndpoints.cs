using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Fazhi.Kernel.Access;

namespace Fazhi.Tests.Kernel.Matrix;

/// <summary>What is sent to one endpoint (a page handler counts as one): method, route, the query parameters it
/// takes (an API's required ones; all of a page's, filled where the matrix has a value),
/// whether it is bound to a record (an {id} route) or to a unit (a unit parameter), and how it is guarded.</summary>
public sealed record Probe(
    string Method, string Route, string? Handler, bool IsPage, bool ById, bool ByUnit,
    IReadOnlyList<string> Query, string Body, bool Anonymous, bool AdminOnly)
{
    public override string ToString() => $"{Method} {Route}{(Handler is null ? "" : $"?handler={Handler}")}";
}

/// <summary>Every endpoint and page handler, read from the application's routing tables, so that a new capability
/// is in the matrix without anyone adding it.</summary>
public static class MatrixEndpoints
{
    static readonly Type[] Simple = [typeof(string), typeof(int), typeof(DateOnly), typeof(bool), typeof(decimal)];

    public static async Task<List<Probe>> ReadAsync(IServiceProvider services)
    {
        var probes = new List<Probe>();
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var adminOnly = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Any(a => a.Policy == AccessSetup.AdminPolicy);
            var byId = endpoint.RoutePattern.Parameters.Any(p => p.Name == "id");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var pageParameters = compiled.BoundProperties.Select(p => p.Name);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var names = handler.Parameters.Select(p => p.Name).Concat(pageParameters).ToList();
                    probes.Add(new Probe(handler.HttpMethod.ToUpperInvariant(), route, handler.Name, true, byId,
                        names.Any(n => n.Equals("unit", StringComparison.OrdinalIgnoreCase)), names, "form",
                        anonymous, adminOnly));
                }
                continue;
            }
            var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Single() ?? "GET";
            var parameters = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet();
            var query = parameters.Where(p => IsSimple(p.ParameterType) && !routeNames.Contains(p.Name!)).ToList();
            var body = parameters.Any(p => p.ParameterType == typeof(IFormFile)) ? "file"
                : parameters.Any(p => p.ParameterType == typeof(HttpRequest)) ? "text"
                : parameters.Any(p => !IsSimple(p.ParameterType) && !isService.IsService(p.ParameterType)
                                      && p.ParameterType != typeof(CancellationToken)) ? "json" : "none";
            probes.Add(new Probe(method, route, null, false, byId, query.Any(p => p.Name == "unit"),
                query.Where(Required).Select(p => p.Name!).ToList(), body, anonymous, adminOnly));
        }
        return probes;
    }

    static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return Simple.Contains(t) || t.IsEnum;
    }

    static bool Required(ParameterInfo p) =>
        !p.HasDefaultValue && Nullable.GetUnderlyingType(p.ParameterType) is null
        && new NullabilityInfoContext().Create(p).WriteState != NullabilityState.Nullable;
}
