using Portal.Abstractions.Platform;
using Portal.Abstractions.Security;

namespace Portal.Users.Services;

/// <summary>
/// The permissions the tenant's enabled features declare, by name and grouped by the module that declares them
/// (found from the provider's assembly), for the role editor and the recipe steps.
/// </summary>
public sealed class PermissionCatalog
{
    public PermissionCatalog(IEnumerable<IPermissionProvider> providers, IModuleCatalog modules)
    {
        var groups = new List<PermissionGroup>();
        var byName = new Dictionary<string, Permission>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            var assembly = provider.GetType().Assembly;
            var name = modules.Modules.FirstOrDefault(m => m.Assembly == assembly)?.Name ?? assembly.GetName().Name ?? "Other";
            var permissions = provider.GetPermissions().Where(p => byName.TryAdd(p.Name, p)).ToList();
            if (permissions.Count > 0)
            {
                groups.Add(new PermissionGroup(name, permissions));
            }
        }

        Groups = groups
            .GroupBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => new PermissionGroup(g.Key, g.SelectMany(x => x.Permissions).ToList()))
            .OrderBy(g => g.Name, StringComparer.CurrentCulture)
            .ToList();
        ByName = byName;
    }

    public IReadOnlyList<PermissionGroup> Groups { get; }

    public IReadOnlyDictionary<string, Permission> ByName { get; }

    public bool IsDeclared(string name) => ByName.ContainsKey(name);
}
