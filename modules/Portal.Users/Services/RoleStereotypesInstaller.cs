using Microsoft.Extensions.Logging;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Security;

namespace Portal.Users.Services;

/// <summary>
/// When a feature is installed in the tenant (its first enable ever), the default roles its module names in
/// permission stereotypes are created and given those permissions, so a module enabled later arrives with its
/// Editor and Viewer roles ready. Administrator always exists and needs no permissions: it holds them all.
/// Later enables do nothing, so what an administrator changed in a role stays changed.
/// </summary>
internal sealed class RoleStereotypesInstaller(
    IEnumerable<IPermissionProvider> providers,
    IModuleCatalog modules,
    RolePermissionWriter writer,
    ILogger<RoleStereotypesInstaller> logger) : IFeatureEventHandler
{
    public async Task InstalledAsync(string featureId, CancellationToken cancellationToken)
    {
        await writer.EnsureRoleAsync(RoleNames.Administrator, RoleDescriptions.Administrator);

        var feature = modules.FindFeature(featureId);
        var module = feature is null ? null : modules.Modules.FirstOrDefault(m => m.Id == feature.ModuleId);
        if (module is null)
        {
            return;
        }

        // The providers this feature's module registered (a feature cannot be told apart from its module's others).
        foreach (var provider in providers.Where(p => p.GetType().Assembly == module.Assembly))
        {
            foreach (var stereotype in provider.GetDefaultStereotypes())
            {
                var role = await writer.EnsureRoleAsync(stereotype.RoleName, null);
                if (RoleDescriptions.IsSystem(role.Name))
                {
                    continue;
                }

                await writer.GrantAsync(role, stereotype.Permissions.Select(p => p.Name));
                logger.LogInformation("Feature {Feature} gave the role {Role} its default permissions", featureId, role.Name);
            }
        }
    }
}
