using GraphQL.Types;
using Hub.Access;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Schema;

[Collection(ReadOnlyHubDefinition.Name)]
public sealed class SchemaContractTests(HubFactory hub)
{
    [Fact]
    public void PrintedSchema_MatchesCommittedContract()
    {
        // arrange
        var schema = hub.Services.GetRequiredService<ISchema>();
        var committed = File.ReadAllText(Repository.PathOf("schema/hub.graphql")).ReplaceLineEndings("\n");

        // act
        var printed = Hub.Schema.SchemaContract.Print(schema);

        // assert
        Assert.True(committed == printed,
            "schema/hub.graphql (-) differs from the running schema (+): rewrite it with "
            + $"`dotnet run --project src/Hub -- schema > schema/hub.graphql`.\n{LineDiff.Between(committed, printed)}");
    }

    [Fact]
    public void EveryHubField_NamesItsDataCategory()
    {
        // arrange
        var schema = hub.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        // act
        var untagged = schema.AllTypes
            .OfType<IComplexGraphType>()
            // Input fields carry what the client sends, not data the hub reads out: they have no category.
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not IInputObjectGraphType)
            .SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f)))
            .Where(x => FieldCategories.CategoriesOf(x.Field) is not { Length: > 0 })
            .Select(x => $"{x.Type}.{x.Field.Name}")
            .ToList();

        // assert
        Assert.Empty(untagged);
    }

    [Fact]
    public void EveryHubTypeAndField_HasADescription()
    {
        // arrange
        var schema = hub.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        // act
        var types = schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType).ToList();
        var missing = types.Where(t => string.IsNullOrWhiteSpace(t.Description)).Select(t => t.Name)
            .Concat(types.OfType<IComplexGraphType>().SelectMany(t => t.Fields
                .Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")))
            .ToList();

        // assert
        Assert.Empty(missing);
    }
}
