using Hub.Tests.Support;

namespace Hub.Tests.Schema;

/// <summary>
/// An IDE reads the schema with one large introspection query; the complexity limit must let it
/// through (or the IDE has no schema), and must still stop introspection built to explode.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class IntrospectionTests(HubFactory hub)
{
    // What IDEs send once they have probed which introspection fields GraphQL.NET has: every type
    // with its fields, arguments, input fields, enum values and interfaces, and type references
    // unwrapped eight levels deep.
    private const string FullIntrospection = """
        query Introspection {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...Type }
            directives { name description locations args { ...Input } }
          }
        }
        fragment Type on __Type {
          kind name description isOneOf
          fields(includeDeprecated: true) {
            name description isDeprecated deprecationReason
            args { ...Input }
            type { ...Ref }
          }
          inputFields { ...Input }
          interfaces { ...Ref }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...Ref }
        }
        fragment Input on __InputValue { name description defaultValue type { ...Ref } }
        fragment Ref on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;

    [Fact]
    public async Task Introspection_FullQueryAsIdesSendIt_AnswersTheWholeSchema()
    {
        // act
        var response = await hub.ClientFor("school-teacher").PostAsync(FullIntrospection);

        // assert
        Assert.True(response.Errors is null, response.Text);
        Assert.Contains(response.Data["__schema"]!["types"]!, t => (string?)t["name"] == "Pupil");
    }

    [Fact]
    public async Task Introspection_NestedToExplode_IsRefusedAsTooComplex()
    {
        // arrange
        const string explosive = """
            { __schema { types { fields { type { fields { type { fields { type { fields { type {
              fields { type { fields { name } } } } } } } } } } } } } }
            """;

        // act
        var response = await hub.ClientFor("school-teacher").PostAsync(explosive);

        // assert
        Assert.Null(response.Body["data"]);
        Assert.Contains(response.Errors!, e => (string?)e["extensions"]?["code"] is "COMPLEXITY" or "DEPTH");
    }
}
