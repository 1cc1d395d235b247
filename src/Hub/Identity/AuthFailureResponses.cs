using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hub.Identity;

/// <summary>
/// 401 and 403 answered in GraphQL's error shape, so that an agency system's client shows the
/// reason instead of an empty body. Neither says anything about data.
/// </summary>
internal static class AuthFailureResponses
{
    public static JwtBearerEvents Events { get; } = new()
    {
        OnChallenge = async context =>
        {
            context.HandleResponse();
            var described = context.AuthenticateFailure is not null ? "error=\"invalid_token\"" : null;
            context.Response.Headers.WWWAuthenticate = described is null ? "Bearer" : $"Bearer {described}";
            await WriteAsync(context.Response, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED",
                context.AuthenticateFailure is null
                    ? "A bearer token is required."
                    : "The bearer token is not valid: it is expired, not yet valid, or not signed by a trusted issuer for this audience.");
        },
        OnForbidden = context => WriteAsync(context.Response, StatusCodes.Status403Forbidden, "FORBIDDEN",
            "The token does not name a unit, agency and role that the hub knows."),
    };

    private static Task WriteAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
