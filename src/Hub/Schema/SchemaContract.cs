using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Hub.Schema;

/// <summary>The printed schema, as committed in schema/hub.graphql: the contract with agency systems.</summary>
public static class SchemaContract
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = null });
        return sdl.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }
}
