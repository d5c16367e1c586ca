namespace Portal.Integration.Tests.Support;

/// <summary>Where src/Portal.Web was built: the project reference builds it in this test's configuration.</summary>
public sealed record PortalWebBuild(string ProjectDirectory, string DllPath)
{
    public static PortalWebBuild Locate()
    {
        // .../tests/Portal.Integration.Tests/bin/{Configuration}/{TargetFramework}/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory}.");
        }

        var project = Path.Combine(root.FullName, "src", "Portal.Web");
        var dll = Path.Combine(project, "bin", configuration, framework, "Portal.Web.dll");
        return File.Exists(dll) ? new PortalWebBuild(project, dll) : throw new InvalidOperationException($"{dll} is missing: build the solution first.");
    }
}
