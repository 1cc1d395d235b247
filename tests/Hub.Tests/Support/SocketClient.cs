using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Support;

/// <summary>A raw <c>graphql-transport-ws</c> client over the test server: send messages, read them, see the close.</summary>
public sealed class SocketClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;

    private readonly Channel<JObject?> _messages = Channel.CreateUnbounded<JObject?>();
    private readonly Task _reading;

    private SocketClient(WebSocket socket)
    {
        _socket = socket;
        _reading = Task.Run(ReadAsync);
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<SocketClient> ConnectAsync(LiveHub hub, string? subProtocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        await socket.ConnectAsync(hub.SocketUri, CancellationToken.None);
        return new SocketClient(socket);
    }

    /// <summary>Connects, initialises with the persona's token and waits for the ack.</summary>
    public static async Task<SocketClient> ConnectAsAsync(LiveHub hub, string persona, string? purpose = null)
    {
        var client = await ConnectAsync(hub);
        object payload = purpose is null
            ? new { Authorization = "Bearer " + hub.TokenFor(persona) }
            : new { Authorization = "Bearer " + hub.TokenFor(persona), purpose };
        await client.SendAsync(new { type = "connection_init", payload });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", (string?)ack!["type"]);
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonConvert.SerializeObject(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, object? variables = null, string? operationName = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables, operationName } });

    /// <summary>The next message, skipping the server's keep-alive pings; null when the socket closed.</summary>
    public async Task<JObject?> ReceiveAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? Patience);
        return await _messages.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>
    /// True when no message (but pings) arrives within <paramref name="within"/> and the socket is
    /// still open then: a ping of ours is answered with a pong. A socket that has closed is not quiet,
    /// so "no more events" cannot pass because the connection dropped.
    /// </summary>
    public async Task<bool> QuietForAsync(TimeSpan within)
    {
        try
        {
            await ReceiveAsync(within);
            return false;
        }
        catch (OperationCanceledException)
        {
            // Nothing arrived in the window: see that the socket is still there.
        }
        catch (ChannelClosedException)
        {
            return false;
        }

        try
        {
            await SendAsync(new { type = "ping" });
            var answer = await ReceiveAsync();
            return (string?)answer?["type"] == "pong";
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the socket for the whole connection, so that waiting for a message with a timeout
    /// never cancels a socket read (which aborts a client WebSocket).
    /// </summary>
    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (true)
            {
                using var text = new MemoryStream();
                WebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    text.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                var message = JObject.Parse(Encoding.UTF8.GetString(text.ToArray()));
                if ((string?)message["type"] != "ping")
                {
                    _messages.Writer.TryWrite(message);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // The connection is gone.
        }
        finally
        {
            _messages.Writer.TryWrite(null);
            _messages.Writer.TryComplete();
        }
    }

    /// <summary>Reads until the server closes the socket; the close code.</summary>
    public async Task<int?> ClosedWithAsync()
    {
        await _reading.WaitAsync(Patience);
        return (int?)_socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }

            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or TimeoutException)
        {
            // The server is already gone.
        }

        _socket.Dispose();
    }
}
