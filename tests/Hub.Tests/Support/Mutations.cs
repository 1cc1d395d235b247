using Newtonsoft.Json.Linq;

namespace Hub.Tests.Support;

/// <summary>Runs one mutation with an input and reads its payload.</summary>
public static class Mutations
{
    /// <summary>POSTs <c>mutation($input: T!) { name(input: $input) { selection errors { code field message } replayed } }</c>.</summary>
    public static async Task<Envelope> MutateAsync(this HubClient client, string name, string inputType, object input, string selection)
    {
        var document = $"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} errors {{ code field message }} replayed }} }}";
        return await client.PostAsync(document, new { input });
    }

    public static JToken Payload(this Envelope envelope, string name) =>
        envelope.Data[name] ?? throw new InvalidOperationException("No payload in: " + envelope.Text);

    /// <summary>The payload's errors as "CODE input.field" strings, for compact assertions.</summary>
    public static string[] UserErrors(this Envelope envelope, string name) =>
        envelope.Payload(name)["errors"]!.Select(e => $"{e["code"]} {string.Join('.', e["field"]!.Select(f => (string)f!))}").ToArray();

    /// <summary>The code of the first top-level error, e.g. ACCESS_DENIED.</summary>
    public static string? ErrorCode(this Envelope envelope) => (string?)envelope.Errors?[0]["extensions"]?["code"];
}
