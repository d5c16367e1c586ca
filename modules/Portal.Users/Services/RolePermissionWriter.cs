using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Security;
using Portal.Users.Models;
using Portal.Users.Security;

namespace Portal.Users.Services;

/// <summary>Creates roles and changes the permissions they hold, keeping the permission cache honest.</summary>
public sealed class RolePermissionWriter(RoleManager<PortalRole> roles, RolePermissionCache cache)
{
    private readonly RoleManager<PortalRole> _roles = roles;
    private readonly RolePermissionCache _cache = cache;

    /// <summary>The role, created (with <paramref name="description"/>) when it does not exist yet.</summary>
    public async Task<PortalRole> EnsureRoleAsync(string name, string? description)
    {
        var role = await _roles.FindByNameAsync(name);
        if (role is not null)
        {
            return role;
        }

        role = new PortalRole(name) { Description = description ?? RoleDescriptions.For(name) };
        Check(await _roles.CreateAsync(role), $"The role '{name}' could not be created");
        return role;
    }

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(PortalRole role) =>
        (await _roles.GetClaimsAsync(role))
            .Where(c => c.Type == Permission.ClaimType)
            .Select(c => c.Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Gives the role each permission it does not hold yet; takes nothing away.</summary>
    public async Task GrantAsync(PortalRole role, IEnumerable<string> permissions)
    {
        var held = await GetPermissionsAsync(role);
        foreach (var name in permissions.Distinct(StringComparer.Ordinal).Where(p => !held.Contains(p)))
        {
            Check(await _roles.AddClaimAsync(role, new Claim(Permission.ClaimType, name)), $"The role '{role.Name}' could not be given '{name}'");
        }

        _cache.Invalidate();
    }

    /// <summary>
    /// Makes the role hold exactly <paramref name="wanted"/> among the <paramref name="declared"/> permissions.
    /// Permissions of features that are disabled now are kept, so enabling them again restores the role.
    /// </summary>
    public async Task SetAsync(PortalRole role, IReadOnlySet<string> wanted, IReadOnlySet<string> declared)
    {
        var held = await GetPermissionsAsync(role);
        foreach (var name in held.Where(p => declared.Contains(p) && !wanted.Contains(p)))
        {
            Check(await _roles.RemoveClaimAsync(role, new Claim(Permission.ClaimType, name)), $"The role '{role.Name}' could not lose '{name}'");
        }

        foreach (var name in wanted.Where(p => !held.Contains(p)))
        {
            Check(await _roles.AddClaimAsync(role, new Claim(Permission.ClaimType, name)), $"The role '{role.Name}' could not be given '{name}'");
        }

        _cache.Invalidate();
    }

    public async Task<IdentityResult> DeleteAsync(PortalRole role)
    {
        var result = await _roles.DeleteAsync(role);
        _cache.Invalidate();
        return result;
    }

    public async Task<IdentityResult> UpdateAsync(PortalRole role)
    {
        var result = await _roles.UpdateAsync(role);
        _cache.Invalidate();
        return result;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
