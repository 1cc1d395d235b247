namespace Hub.Tests.Support;

/// <summary>Files of the repository the tests check the code against.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }
}
