using System.Reflection;
using System.Runtime.Loader;

namespace Portal.Host.Plugins;

/// <summary>
/// One load context per plug-in. Anything the host already has (Portal.Abstractions, the shared framework,
/// packages the host references) comes from the default context, so types match across the boundary;
/// only the plug-in's private dependencies are loaded from its folder.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(pluginPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver? _resolver = TryResolver(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName())))
        {
            return null;
        }

        try
        {
            // Framework and host packages not loaded yet still belong to the default context.
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            var path = _resolver?.ResolveAssemblyToPath(assemblyName)
                ?? Path.Combine(Path.GetDirectoryName(pluginPath)!, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    // A plug-in copied without its .deps.json has no resolver; its folder is searched instead.
    private static AssemblyDependencyResolver? TryResolver(string path)
    {
        try
        {
            return new AssemblyDependencyResolver(path);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
