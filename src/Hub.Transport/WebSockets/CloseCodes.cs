namespace Hub.Transport.WebSockets;

/// <summary>The close codes of <c>graphql-transport-ws</c>, and the WebSocket codes the transport adds.</summary>
public static class CloseCodes
{
    public const int BadMessage = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int InitTimeout = 4408;
    public const int DuplicateOperation = 4409;
    public const int TooManyInitialisations = 4429;

    /// <summary>RFC 6455: the message is too big to process.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>RFC 6455: the server could not go on, here because the credentials could not be checked (the client may retry).</summary>
    public const int InternalError = 1011;
}
