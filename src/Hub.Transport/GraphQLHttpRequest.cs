using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Hub.Transport;

/// <summary>The GraphQL parameters of one HTTP request, checked for shape but not yet parsed as GraphQL.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>Either a request to execute or the status and error that refuse it.</summary>
internal readonly record struct RequestReadResult(GraphQLHttpRequest? Request, int StatusCode, TransportError? Error)
{
    public static RequestReadResult Ok(GraphQLHttpRequest request) => new(request, StatusCodes.Status200OK, null);

    public static RequestReadResult BadRequest(string code, string message) =>
        new(null, StatusCodes.Status400BadRequest, new TransportError(code, message));

    public static RequestReadResult UnsupportedMediaType() =>
        new(null, StatusCodes.Status415UnsupportedMediaType, new TransportError(
            "UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json (UTF-8)."));

    public static RequestReadResult TooLarge(long maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, new TransportError(
            "REQUEST_TOO_LARGE", $"The request body is larger than the {maxBytes} bytes allowed."));
}
