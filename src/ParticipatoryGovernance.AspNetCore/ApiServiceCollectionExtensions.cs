using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using ParticipatoryGovernance.AspNetCore.Tokens;

namespace ParticipatoryGovernance.AspNetCore;

/// <summary>Registers the HTTP API's services.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the API: its options, the bearer scheme of personal tokens (<see cref="ApiTokenDefaults.AuthenticationScheme"/>,
    /// over the host's <see cref="IApiTokenStore"/>), and the OpenAPI document of its endpoints. The model's handlers come
    /// from <c>AddParticipatoryGovernance</c> and the storage port from a storage package, as for any host.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options, or null for the defaults.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddParticipatoryGovernanceApi(this IServiceCollection services, Action<ParticipatoryGovernanceApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ParticipatoryGovernanceApiOptions();
        configure?.Invoke(options);
        services.Configure<ParticipatoryGovernanceApiOptions>(o =>
        {
            o.DefaultPageSize = options.DefaultPageSize;
            o.MaxPageSize = options.MaxPageSize;
            o.MaxPage = options.MaxPage;
            o.MaxRequestBodyBytes = options.MaxRequestBodyBytes;
            o.PublicMaxAge = options.PublicMaxAge;
            o.ProblemTypeBase = options.ProblemTypeBase;
            o.DocumentName = options.DocumentName;
        });
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.AuthenticationScheme, null);
        services.AddAuthorization();
        services.AddOpenApi(options.DocumentName, o =>
        {
            o.ShouldInclude = d => string.Equals(d.GroupName, options.DocumentName, StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ParticipatoryGovernance API",
                    Version = options.DocumentName,
                    Description = "A municipality's participatory governance: neighbourhoods, councils, meetings, ideas, campaigns, budgeting rounds, figures and open data to read; ideas, endorsements, comments and budget ballots to write with a personal token. Refusals are RFC 9457 problem details in Persian and English.",
                };

                // The document is the same wherever it is served (a test compares it with the committed one).
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal API token (pgt_…), created by a resident for one application, with scopes.",
                };
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                // The API reads numbers strictly (ApiJson): a number is never also text in its document.
                if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }

                // A request's members may all be left out (the model's handlers say what is missing, in both languages).
                if (context.JsonTypeInfo.Type.Namespace == typeof(Contracts.SubmitIdeaRequest).Namespace && context.JsonTypeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal))
                {
                    schema.Required?.Clear();
                }

                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiEndpointRouteBuilderExtensions.ApiRequestBody>().FirstOrDefault() is { } body)
                {
                    operation.RequestBody = new OpenApiRequestBody
                    {
                        Required = true,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken) },
                        },
                    };
                }

                // The writes take a bearer token: say so on each, with the scheme declared above.
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] }];
                }
            });
        });
        return services;
    }
}
