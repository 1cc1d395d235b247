using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Hub.Transport;

/// <summary>
/// Limits and hooks of the GraphQL-over-HTTP endpoint; bind it with
/// <c>services.Configure&lt;GraphQLHttpOptions&gt;(configuration.GetSection(GraphQLHttpOptions.SectionName))</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the host binds these options from.</summary>
    public const string SectionName = "GraphQLHttp";

    /// <summary>
    /// Largest POST body read, in bytes; a larger body gets 413 before any of it is parsed.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// Longest query text accepted, in characters; it also bounds what the document cache holds
    /// per entry, and applies to GET, whose query string the body cap does not cover.
    /// </summary>
    public int MaxQueryLength { get; set; } = 32 * 1024;

    /// <summary>
    /// Whether queries may arrive as GET with a query string; mutations never may.
    /// </summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>
    /// Runs for every request after the transport has filled in the request, the user, the
    /// request services and the cancellation token: the place to build a user context.
    /// Code only; configuration cannot bind a delegate.
    /// </summary>
    public Func<HttpContext, ExecutionOptions, ValueTask>? ConfigureExecution { get; set; }
}
