using System.Security.Cryptography;

namespace Portal.Host.Tests.Support;

/// <summary>The test plug-ins, built by the test project and copied to plugins/ beside the test assembly.</summary>
public static class TestPlugins
{
    public const string SampleFile = "Portal.SamplePlugin.dll";
    public const string BrokenFile = "Portal.BrokenPlugin.dll";

    public static string PathOf(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugins", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The test plug-in {file} was not built next to the tests.", path);
    }

    public static string Sha256Of(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(PathOf(file))));

    /// <summary>A fresh folder holding only the given plug-ins, as an operator would deploy them.</summary>
    public static string FolderWith(params string[] files)
    {
        var folder = Directory.CreateTempSubdirectory("portal-plugins-").FullName;
        foreach (var file in files)
        {
            File.Copy(PathOf(file), Path.Combine(folder, file));
        }

        return folder;
    }
}
