using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity;

/// <summary>
/// 401 and 403 answered in GraphQL's error shape, so that an agency system's client shows the
/// reason instead of an empty body. Neither says anything about data.
/// </summary>
internal static class AuthFailureResponses
{
    /// <summary>The request declared a purpose its role may not read for, or one the hub does not know.</summary>
    public const string PurposeNotPermitted = "PURPOSE_NOT_PERMITTED";

    public static JwtBearerEvents Events { get; } = new()
    {
        // A token no key validated may be bad, or the issuer's keys may be out of reach: the second is
        // the hub's trouble, not the caller's, and is answered 503 rather than "your token is invalid"
        // (or, where the handler throws, an empty 500).
        OnAuthenticationFailed = async context =>
        {
            if (context.Options.ConfigurationManager is { } issuer)
            {
                try
                {
                    await issuer.GetConfigurationAsync(context.HttpContext.RequestAborted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    context.Fail(new IssuerUnavailableException(e));
                    return;
                }
            }

            context.Fail(context.Exception);
        },
        OnChallenge = async context =>
        {
            context.HandleResponse();
            if (IssuerUnavailable(context.AuthenticateFailure))
            {
                context.Response.Headers.RetryAfter = "30";
                await WriteAsync(context.Response, StatusCodes.Status503ServiceUnavailable, "ISSUER_UNAVAILABLE",
                    "The token issuer cannot be reached to check the bearer token. Try again later.");
                return;
            }

            var described = context.AuthenticateFailure is not null ? "error=\"invalid_token\"" : null;
            context.Response.Headers.WWWAuthenticate = described is null ? "Bearer" : $"Bearer {described}";
            await WriteAsync(context.Response, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED",
                context.AuthenticateFailure is null
                    ? "A bearer token is required."
                    : "The bearer token is not valid: it is expired, not yet valid, or not signed by a trusted issuer for this audience.");
        },
        OnForbidden = context => context.HttpContext.RequestServices.GetRequiredService<CallerContext>().PurposeRefusal is { } purpose
            ? WriteAsync(context.Response, StatusCodes.Status403Forbidden, PurposeNotPermitted, purpose)
            : WriteAsync(context.Response, StatusCodes.Status403Forbidden, "FORBIDDEN", "The token does not name a unit, agency and role that the hub knows."),
    };

    /// <summary>
    /// Whether authentication failed because the issuer's metadata or keys could not be fetched (the
    /// hub's fault or the network's, not the token's). A token that is bad in itself fails with a
    /// security-token or argument exception (a malformed token is an argument exception); anything
    /// else was thrown on the way to checking it.
    /// </summary>
    public static bool IssuerUnavailable(Exception? failure) =>
        failure is IssuerUnavailableException || failure is not (null or SecurityTokenException or ArgumentException);

    private static Task WriteAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
