using GraphQL.Types;
using Hub.Schema;

namespace Hub.Ide;

/// <summary>
/// <c>GET /schema.graphql</c>: the running schema as SDL, printed exactly as schema/hub.graphql is
/// (a test holds the two equal). The schema never changes once built, so it is printed once.
/// </summary>
internal sealed class SchemaFile(ISchema schema)
{
    public const string Path = "/schema.graphql";

    private readonly Lazy<string> _sdl = new(() => SchemaContract.Print(schema));

    public IResult Get() => Results.Text(_sdl.Value, "text/plain; charset=utf-8");
}
