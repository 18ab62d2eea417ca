namespace Kinerja.ServiceDefaults.OpenApi;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

/// <summary>An endpoint that runs a command (<c>CommandPipeline</c>): it takes <c>If-Match</c>, answers with an ETag, and may refuse with 409 or 412.</summary>
public sealed class PerintahMetadata;

/// <summary>A read that answers with the object's ETag, for a later <c>If-Match</c>.</summary>
public sealed class DenganETagMetadata;

/// <summary>
/// Each service's OpenAPI document as a contract (issue 26, item 4; committed under docs/openapi/ and guarded by a test):
/// the bearer scheme on every operation that needs a token, the problem responses (RFC 9457) each can give, and
/// <c>If-Match</c>/<c>ETag</c> where the write path uses them. The success responses are each endpoint's own
/// (<see cref="Perintah{T}"/>, <see cref="DenganETag{T}"/>, <c>Produces</c>). Nothing of the machine it runs on goes in:
/// no server address, so the document is the same everywhere.
/// </summary>
public static class KontrakOpenApi
{
    public const string Masalah = "Masalah";
    public const string Bearer = "bearer";

    private static readonly Dictionary<int, string> Arti = new()
    {
        [400] = "Bad input: `errors` names each field and why; nothing is stored.",
        [401] = "No token, or one that is invalid or expired.",
        [403] = "The token's role may not do this here, or its scope claim (npsn, wilayah) is missing.",
        [404] = "Nothing there, or nothing the caller may see (the same answer, so nothing leaks).",
        [409] = "The object's state does not allow this now (the plan is not submitted, the window is closed, …).",
        [412] = "If-Match names a version the object has moved past: read it again, then retry; nothing is stored.",
        [429] = "Too many requests from this caller: wait as Retry-After says.",
        [503] = "A store the service needs is not reachable now: retry later; nothing is stored.",
    };

    /// <summary>A command's endpoint: answers <typeparamref name="T"/> with <paramref name="status"/> and its ETag, takes If-Match.</summary>
    public static RouteHandlerBuilder Perintah<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status).WithMetadata(new PerintahMetadata());

    /// <summary>Every endpoint of <paramref name="group"/> is a command answering <typeparamref name="T"/> with 200 (<see cref="Perintah{T}(RouteHandlerBuilder, int)"/>).</summary>
    public static RouteGroupBuilder Perintah<T>(this RouteGroupBuilder group) =>
        group.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]), new PerintahMetadata());

    /// <summary>A read of one object: answers <typeparamref name="T"/> with its ETag.</summary>
    public static RouteHandlerBuilder DenganETag<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<T>().WithMetadata(new DenganETagMetadata());

    public static IServiceCollection AddKinerjaOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer(Operasi);
            o.AddDocumentTransformer((document, _, _) =>
            {
                // the address a request came in by is not part of the contract
                document.Servers = [];
                document.AddComponent(Bearer, new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A JWT of the SSO (claims sub, role, npsn, wilayah; api.md), or in Development one from POST /api/dev/token.",
                });
                return Task.CompletedTask;
            });
        });

    private static Task Operasi(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var meta = context.Description.ActionDescriptor.EndpointMetadata;
        var anonim = meta.OfType<IAllowAnonymous>().Any();
        var perintah = meta.OfType<PerintahMetadata>().Any();
        var parameter = context.Description.ParameterDescriptions;
        var diJalur = parameter.Any(p => p.Source == BindingSource.Path);
        var masukan = diJalur || operation.RequestBody is not null
            || parameter.Any(p => p.Source == BindingSource.Query || p.Source == BindingSource.Body || p.Source == BindingSource.Header);
        operation.Responses ??= [];

        if (perintah || meta.OfType<DenganETagMetadata>().Any())
        {
            foreach (var (kode, jawaban) in operation.Responses)
            {
                if (kode.StartsWith('2') && jawaban is OpenApiResponse r)
                {
                    r.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    r.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The object's version (a strong ETag, \"7\"): send it back as If-Match with the next command.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }
            }
        }

        if (perintah)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag last read: the command runs only on that version (412 otherwise). Without it, the last write wins.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        if (!anonim)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] }];
        }

        IEnumerable<int> masalah =
        [
            .. masukan ? [400] : Array.Empty<int>(),
            .. anonim ? Array.Empty<int>() : [401, 403],
            .. diJalur ? [404] : Array.Empty<int>(),
            .. perintah ? [409, 412] : Array.Empty<int>(),
            429, 503,
        ];
        foreach (var status in masalah)
        {
            var kode = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(kode))
            {
                operation.Responses[kode] = new OpenApiResponse
                {
                    Description = Arti[status],
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Masalah, context.Document) },
                    },
                };
            }
        }

        if (context.Document is { } d && d.Components?.Schemas?.ContainsKey(Masalah) != true)
        {
            d.AddComponent(Masalah, SkemaMasalah);
        }

        return Task.CompletedTask;
    }

    /// <summary>RFC 9457's problem details as every service writes them (ProblemDetailsExtensions): with <c>traceId</c>, and <c>errors</c> on a 400.</summary>
    private static OpenApiSchema SkemaMasalah => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "On a 400: each field (camelCase, a path into the body such as rencana.0.target) with why it was refused.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };
}
