namespace Hub.Tests.Support;

/// <summary>Tests that only read share one hub and its demo city.</summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyHubDefinition : ICollectionFixture<HubFactory>
{
    public const string Name = "read-only hub";
}
