namespace Portal.Benchmarks.Infrastructure;

/// <summary>Finds the repository (the folder holding Portal.sln) from wherever the benchmarks were started.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PortalWebProject => Path.Combine(Root, "src", "Portal.Web");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"Portal.sln was not found above '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'; run the benchmarks from the repository.");
    }
}
