namespace Hub.Data;

/// <summary>
/// The folder that holds the embedded database and, in Development, the token signing key.
/// <c>Hub:DataFolder</c> sets it; relative paths are taken from the content root.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Hub:DataFolder"] ?? "data";
        Path = System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
