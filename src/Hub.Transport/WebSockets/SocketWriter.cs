using System.Net.WebSockets;
using System.Threading.Channels;

namespace Hub.Transport.WebSockets;

/// <summary>
/// The one writer of a socket. Messages come from many threads (the read loop, every
/// subscription's events, the keep-alive); they go out in the order they were queued, one at a
/// time, and a close goes out after everything queued before it.
/// </summary>
internal sealed class SocketWriter(WebSocket socket)
{
    private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _pump;

    /// <summary>Completes when the close frame has been sent, or the socket has gone.</summary>
    public Task Closed => _pump ?? Task.CompletedTask;

    public void Start(CancellationToken cancellationToken) => _pump = PumpAsync(cancellationToken);

    public bool Send(byte[] message) => _queue.Writer.TryWrite(new Outgoing(message, null, null));

    /// <summary>Queues the close; later messages are dropped.</summary>
    public void Close(int code, string reason)
    {
        if (_queue.Writer.TryWrite(new Outgoing(null, code, reason)))
        {
            _queue.Writer.TryComplete();
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    return;
                }

                if (message.Text is { } text)
                {
                    await socket.SendAsync(text, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await socket.CloseOutputAsync((WebSocketCloseStatus)message.Code!.Value, message.Reason, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client has gone: nothing more can be written, and nothing needs to be.
        }
        finally
        {
            _queue.Writer.TryComplete();
        }
    }

    private sealed record Outgoing(byte[]? Text, int? Code, string? Reason);
}
