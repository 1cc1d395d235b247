namespace Hub.Transport.WebSockets;

/// <summary>
/// Limits and timers of the <c>graphql-transport-ws</c> endpoint; bind it with
/// <c>services.Configure&lt;GraphQLWebSocketOptions&gt;(configuration.GetSection(GraphQLWebSocketOptions.SectionName))</c>.
/// </summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>The configuration section the host binds these options from.</summary>
    public const string SectionName = "GraphQLWebSockets";

    /// <summary>How long a new socket may wait before its <c>connection_init</c>; then it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle client; zero turns keep-alive off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest message accepted from a client, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Most operations one socket may run at once; one more closes the socket with 4400.</summary>
    public int MaxOperationsPerSocket { get; set; } = 100;
}
