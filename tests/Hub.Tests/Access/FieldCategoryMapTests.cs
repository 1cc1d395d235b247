using GraphQL.Types;
using Hub.Access;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Access;

/// <summary>
/// The map "Type.field → data categories" is a reviewed file: a field newly tagged
/// <c>Directory</c> (readable by anyone) shows up as a line in a diff, not only as a passing test.
/// Set <c>HUB_ACCEPT_FIELD_CATEGORIES=1</c> to rewrite the file after a deliberate change, then review the diff.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class FieldCategoryMapTests(HubFactory hub)
{
    private const string MapFile = "tests/Hub.Tests/Access/field-categories.txt";

    [Fact]
    public void FieldCategories_MatchTheReviewedMap()
    {
        var current = Map();
        var path = Repository.PathOf(MapFile);
        if (Environment.GetEnvironmentVariable("HUB_ACCEPT_FIELD_CATEGORIES") == "1")
        {
            File.WriteAllLines(path, current);
        }

        var reviewed = File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];
        var added = current.Except(reviewed).Select(l => "+ " + l);
        var removed = reviewed.Except(current).Select(l => "- " + l);
        var diff = removed.Concat(added).ToList();
        Assert.True(diff.Count == 0, $"Field categories differ from {MapFile} (review, then accept with HUB_ACCEPT_FIELD_CATEGORIES=1):\n" + string.Join("\n", diff));
    }

    [Fact]
    public void EveryOpenRoot_EitherServesTheDirectoryOrChecksWhatItReturns()
    {
        // A root field tagged Directory lets every caller in. That is right only for the directory itself, or for a
        // root (pupil, pupils, each mutation) whose answer is a type with pupil-data fields, each checked per pupil
        // below it. A root that opens onto a type with no such field would hand out unchecked data.
        var schema = Schema();
        var roots = new[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IComplexGraphType>();
        var unchecked_ = roots
            .SelectMany(root => root.Fields.Select(f => (Name: $"{root.Name}.{f.Name}", Field: f)))
            .Where(r => FieldCategories.CategoriesOf(r.Field) is [DataCategory.Directory] && !DirectoryRoots.Contains(r.Name))
            .Where(r => !ChecksBelow(r.Field.ResolvedType, depth: 3))
            .Select(r => r.Name)
            .ToList();
        Assert.Empty(unchecked_);
    }

    [Fact]
    public void TheMap_TellsDirectoryFromPupilData()
    {
        // A positive control: the map is read from the running schema, with both kinds of field in it, and the
        // check above would see a root that returns only directory fields.
        var map = Map();
        Assert.Contains("Pupil.personalIdentityNumber: Identity", map);
        Assert.Contains("Query.units: Directory", map);
        var units = Schema().Query.Fields.Find("units")!;
        Assert.False(ChecksBelow(units.ResolvedType, depth: 3));
        Assert.True(ChecksBelow(Schema().Query.Fields.Find("pupils")!.ResolvedType, depth: 3));
    }

    /// <summary>
    /// Roots whose whole answer is directory data, reviewed one by one: the caller itself, the districts and units,
    /// a contact person named, a report of concern's receipt (what its reporter wrote and when it arrived), the
    /// catalogue of legal bases (statute, not people), and a population-register notice's receipt (its id and when it arrived).
    /// </summary>
    private static readonly HashSet<string> DirectoryRoots = ["Query.me", "Query.districts", "Query.units", "Mutation.nameContactPerson", "Mutation.reportConcern",
        "Query.legalBasisKinds", "Query.cooperationAgreements", "Query.concernReportsMade", "Mutation.recordCooperationAgreement", "Mutation.reviseCooperationAgreement",
        "Query.contactPersonNotices", "Mutation.acknowledgeContactPersonNotice", "Mutation.setSchoolsServed",
        "Mutation.setRsuGroup", "Mutation.notifyRegisteredDistrict", "Mutation.notifyProtectedIdentity", "Mutation.notifyCustody"];

    private static bool ChecksPupilData(FieldType field) => FieldCategories.CategoriesOf(field) is { Length: > 0 } c && !c.SequenceEqual([DataCategory.Directory]);

    /// <summary>Whether the type, or one a few levels below it (a page's nodes), has a field of pupil data.</summary>
    private static bool ChecksBelow(IGraphType? type, int depth) =>
        depth > 0 && Unwrap(type) is IComplexGraphType complex
        && complex.Fields.Any(f => ChecksPupilData(f) || ChecksBelow(f.ResolvedType, depth - 1));

    private static IGraphType? Unwrap(IGraphType? type) => type is IProvideResolvedType wrapper ? Unwrap(wrapper.ResolvedType) : type;

    private ISchema Schema()
    {
        var schema = hub.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    private List<string> Map()
    {
        return Schema().AllTypes
            .OfType<IComplexGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not IInputObjectGraphType)
            .SelectMany(t => t.Fields.Select(f => $"{t.Name}.{f.Name}: {string.Join(", ", FieldCategories.CategoriesOf(f) ?? [])}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
