using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Platform;

namespace Portal.Host.Plugins;

/// <summary>
/// Loads plug-in modules from <c>Portal:Plugins:Path</c>. Only files whose SHA-256 is listed in
/// <c>Portal:Plugins:Trusted</c> are loaded; any other is refused with one log line and listed as refused.
/// The hash is taken from the bytes that are then loaded, so a file swapped after the check cannot slip in.
/// </summary>
public static class PluginLoader
{
    public static (IReadOnlyList<Assembly> Loaded, IReadOnlyList<RefusedPlugin> Refused) Load(string? folder, IEnumerable<string> trusted, ILogger logger)
    {
        var loaded = new List<Assembly>();
        var refused = new List<RefusedPlugin>();
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return (loaded, refused);
        }

        var trustedSet = trusted.Select(t => t.Trim().ToLowerInvariant()).ToHashSet();
        foreach (var path in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var bytes = File.ReadAllBytes(path);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!trustedSet.Contains(hash))
            {
                logger.LogWarning("Plug-in {File} refused: its SHA-256 {Sha256} is not listed in Portal:Plugins:Trusted", fileName, hash);
                refused.Add(new RefusedPlugin(fileName, hash, "Its SHA-256 is not listed in Portal:Plugins:Trusted."));
                continue;
            }

            try
            {
                var context = new PluginLoadContext(path);
                using var stream = new MemoryStream(bytes);
                var assembly = context.LoadFromStream(stream);
                if (assembly.GetCustomAttribute<ModuleAttribute>() is null)
                {
                    logger.LogWarning("Plug-in {File} refused: it declares no [assembly: Module]", fileName);
                    refused.Add(new RefusedPlugin(fileName, hash, "It declares no module."));
                    continue;
                }

                logger.LogInformation("Plug-in {File} loaded ({Sha256})", fileName, hash);
                loaded.Add(assembly);
            }
            catch (BadImageFormatException)
            {
                logger.LogWarning("Plug-in {File} refused: it is not a .NET assembly", fileName);
                refused.Add(new RefusedPlugin(fileName, hash, "It is not a .NET assembly."));
            }
        }

        return (loaded, refused);
    }
}
