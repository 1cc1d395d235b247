namespace Hub.Ide;

/// <summary>Settings of section <c>Hub:Ide</c>: whether the hub serves the Banana Cake Pop IDE at <c>/graphql</c>.</summary>
public sealed class IdeOptions
{
    public const string Section = "Hub:Ide";

    /// <summary>Serve the IDE; unset means yes in Development and no elsewhere. The IDE's files are public, the data is not.</summary>
    public bool? Enabled { get; set; }

    public bool IsEnabled(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();
}
