namespace Hub.Transport.WebSockets;

/// <summary>
/// The socket's clocks: it is closed with 4408 without <c>connection_init</c> in time and with 4403
/// when its credential lapses, and an idle client is pinged. Each stops with the socket's lifetime.
/// </summary>
internal sealed class ConnectionTimers(GraphQLWebSocketOptions options, SocketWriter writer)
{
    /// <summary>Starts the <c>connection_init</c> timeout and, unless it is turned off, the keep-alive.</summary>
    public void Start(Func<bool> initialised, Action<int, string> close, CancellationToken token)
    {
        _ = CloseUnlessInitialisedAsync(initialised, close, token);
        if (options.KeepAliveInterval > TimeSpan.Zero)
        {
            _ = KeepAliveAsync(token);
        }
    }

    /// <summary>Closes the socket when the credential it was authenticated with expires.</summary>
    public static void CloseAtExpiry(DateTimeOffset expiresAt, Action<int, string> close, CancellationToken token) =>
        _ = CloseAtExpiryAsync(expiresAt, close, token);

    private async Task CloseUnlessInitialisedAsync(Func<bool> initialised, Action<int, string> close, CancellationToken token)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!initialised())
        {
            close(CloseCodes.InitTimeout, "Connection initialisation timeout");
        }
    }

    private static async Task CloseAtExpiryAsync(DateTimeOffset expiresAt, Action<int, string> close, CancellationToken token)
    {
        var wait = expiresAt - DateTimeOffset.UtcNow;
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        close(CloseCodes.Forbidden, "Forbidden: the token has expired");
    }

    private async Task KeepAliveAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
            {
                writer.Send(ServerMessage.Ping());
            }
        }
        catch (OperationCanceledException)
        {
            // The socket is gone.
        }
    }
}
