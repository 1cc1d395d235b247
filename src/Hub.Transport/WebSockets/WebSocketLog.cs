using Microsoft.Extensions.Logging;

namespace Hub.Transport.WebSockets;

/// <summary>What the WebSocket transport logs: each failure that closed a socket or ended an operation.</summary>
internal static partial class WebSocketLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket could not be authenticated: the authenticator failed; the socket was closed with 1011")]
    public static partial void LogAuthenticationFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket message could not be handled; the socket was closed")]
    public static partial void LogMessageFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Operation} failed; the client was sent a generic error")]
    public static partial void LogOperationFailed(ILogger logger, Exception exception, string operation);
}
