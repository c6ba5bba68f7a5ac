using Scalar.AspNetCore;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.ApiDocs;

/// <summary>接口文档: the OpenAPI document of every feature's endpoints and its Scalar reference, served
/// offline.</summary>
public sealed class ApiDocsFeature : IFeature
{
    public string Area => "api";
    public string Title => "接口文档";

    public void MapApi(IEndpointRouteBuilder api)
    {
        api.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        api.MapScalarApiReference("/docs", o => o.WithOpenApiRoutePattern("/api/openapi/{documentName}.json")
            .WithTitle("法治 Fazhi API")).AllowAnonymous();
    }

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Tools, Title, "/api/docs", "ti-api", 20)];
}
