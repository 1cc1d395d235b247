using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Hub.Transport.WebSockets;

/// <summary>The message types of <c>graphql-transport-ws</c>.</summary>
internal static class MessageTypes
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}

/// <summary>A message from the client: a type, and for some types an id and a payload.</summary>
internal readonly record struct ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public static bool TryParse(ReadOnlyMemory<byte> text, out ClientMessage message)
    {
        message = default;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String)
                {
                    return false;
                }

                id = idElement.GetString();
            }

            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            message = new ClientMessage(type.GetString()!, id, payload);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>Messages the server sends, as UTF-8 JSON ready for the socket.</summary>
internal static class ServerMessage
{
    public static byte[] Ack() => Write(MessageTypes.ConnectionAck, null, null);

    public static byte[] Ping() => Write(MessageTypes.Ping, null, null);

    public static byte[] Pong() => Write(MessageTypes.Pong, null, null);

    public static byte[] Complete(string id) => Write(MessageTypes.Complete, id, null);

    public static byte[] Next(string id, IGraphQLTextSerializer serializer, ExecutionResult result) =>
        Write(MessageTypes.Next, id, serializer.Serialize(result));

    /// <summary>An <c>error</c> message: its payload is the list of GraphQL errors, without data.</summary>
    public static byte[] Error(string id, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(new ExecutionResult { Errors = result.Errors }));
        var errors = document.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
        return Write(MessageTypes.Error, id, errors);
    }

    private static byte[] Write(string type, string? id, string? rawPayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (rawPayload is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(rawPayload, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
