using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace Hub.Transport.WebSockets;

/// <summary>
/// The socket's receive loop: assembles each message from its frames under the size cap and hands
/// the text to the connection, one message at a time. A message too big, a binary message or one
/// the handler fails on closes the socket; the loop ends when the socket does.
/// </summary>
internal sealed class SocketReader(WebSocket socket, GraphQLWebSocketOptions options, ILogger logger)
{
    /// <summary>Reads until the socket closes, <paramref name="handle"/> returns false, or a message closes it.</summary>
    public async Task ReadAsync(Func<ReadOnlyMemory<byte>, Task<bool>> handle, Action<int, string> close, CancellationToken token)
    {
        // A small buffer per socket: most messages are small, and a large one is assembled in `message`.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(options.MaxMessageBytes + 1, 4096));
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                ValueWebSocketReceiveResult received;
                try
                {
                    received = await socket.ReceiveAsync(buffer.AsMemory(), token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                {
                    return;
                }

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (message.WrittenCount + received.Count > options.MaxMessageBytes)
                {
                    close(CloseCodes.MessageTooBig, $"Message too big: at most {options.MaxMessageBytes} bytes");
                    return;
                }

                message.Write(buffer.AsSpan(0, received.Count));
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (received.MessageType != WebSocketMessageType.Text)
                {
                    close(CloseCodes.BadMessage, "Invalid message received: binary messages are not part of the protocol");
                    return;
                }

                bool keepReading;
                try
                {
                    keepReading = await handle(message.WrittenMemory).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    WebSocketLog.LogMessageFailed(logger, e);
                    close(CloseCodes.BadMessage, "The message could not be handled");
                    return;
                }

                message.Clear();
                if (!keepReading)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
