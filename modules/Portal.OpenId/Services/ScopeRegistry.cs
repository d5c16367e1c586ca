using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Portal.Abstractions.Audit;
using Portal.OpenId.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Services;

/// <summary>
/// Registers, changes and removes the tenant's scopes in OpenIddict's store, where the server looks up every scope
/// a client asks for that is not one of the portal's own. The portal's scopes (<see cref="PortalScopes"/>) are
/// built in: their text may change, they may not go. A scope still permitted to a client may not go either, so a
/// client never holds a permission for a scope the server no longer knows. Each change is audited.
/// </summary>
public sealed class ScopeRegistry(IOpenIddictScopeManager scopes, IOpenIddictApplicationManager applications, IServiceProvider services)
{
    public async Task<IReadOnlyList<ScopeView>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ScopeView>();
        await foreach (var scope in scopes.ListAsync(null, null, cancellationToken))
        {
            list.Add(await ViewAsync(scope, cancellationToken));
        }

        // The portal's own first, in its order (sign-in scopes first), then the tenant's by name.
        var order = PortalScopes.All.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return list.OrderBy(s => order.GetValueOrDefault(s.Name, int.MaxValue)).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<ScopeView?> FindAsync(string name, CancellationToken cancellationToken) =>
        await scopes.FindByNameAsync(name, cancellationToken) is { } scope ? await ViewAsync(scope, cancellationToken) : null;

    /// <summary>Every scope a client may be permitted: the store's, and the portal's own even before they are stored.</summary>
    public async Task<IReadOnlySet<string>> NamesAsync(CancellationToken cancellationToken)
    {
        var names = PortalScopes.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        await foreach (var scope in scopes.ListAsync(null, null, cancellationToken))
        {
            if (await scopes.GetNameAsync(scope, cancellationToken) is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    public async Task<ScopeOperationResult> CreateAsync(ScopeInput input, CancellationToken cancellationToken)
    {
        var errors = ScopeValidator.Validate(input, isNew: true);
        if (errors.Count > 0)
        {
            return ScopeOperationResult.Invalid(errors);
        }

        var name = input.Name!;
        if (await scopes.FindByNameAsync(name, cancellationToken) is not null)
        {
            return ScopeOperationResult.Taken(name);
        }

        var descriptor = new OpenIddictScopeDescriptor { Name = name };
        Apply(input.DisplayName!, input.Description, input.Resources, descriptor);
        object scope;
        try
        {
            scope = await scopes.CreateAsync(descriptor, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or OpenIddictExceptions.ValidationException)
        {
            // Two administrators creating the same name at once: the store's unique index (or OpenIddict's own
            // check) refuses the second, which is the same answer as the check above.
            if (await scopes.FindByNameAsync(name, cancellationToken) is not null)
            {
                return ScopeOperationResult.Taken(name);
            }

            throw;
        }

        await AuditAsync("scope-created", name, null, cancellationToken);
        return ScopeOperationResult.Done(await ViewAsync(scope, cancellationToken));
    }

    /// <summary>
    /// Replaces a scope's display name, description and resources. <see cref="ScopeInput.Name"/> may be left out; if
    /// given it must be the scope's own. A built-in scope's resources stay as they are: left out, or the same.
    /// </summary>
    public async Task<ScopeOperationResult> UpdateAsync(string name, ScopeInput input, CancellationToken cancellationToken)
    {
        var scope = await scopes.FindByNameAsync(name, cancellationToken);
        if (scope is null)
        {
            return ScopeOperationResult.NotFound();
        }

        if (input.Name is not null && input.Name != name)
        {
            return ScopeOperationResult.Invalid(new Dictionary<string, string[]> { ["name"] = ["A scope's name cannot be changed: clients ask for it by name."] });
        }

        var errors = ScopeValidator.Validate(input, isNew: false);
        var descriptor = new OpenIddictScopeDescriptor();
        await scopes.PopulateAsync(descriptor, scope, cancellationToken);
        var builtIn = PortalScopes.IsKnown(name);
        if (builtIn && input.Resources is not null && !input.Resources.ToHashSet(StringComparer.Ordinal).SetEquals(descriptor.Resources))
        {
            errors["resources"] = ["The resources of a scope that comes with the portal cannot be changed."];
        }

        if (errors.Count > 0)
        {
            return ScopeOperationResult.Invalid(errors);
        }

        var before = Summary(descriptor);
        // Left out for a built-in scope: its resources stay as they are.
        var resources = builtIn && input.Resources is null ? descriptor.Resources.ToList() : input.Resources;
        Apply(input.DisplayName!, input.Description, resources, descriptor);
        await scopes.UpdateAsync(scope, descriptor, cancellationToken);
        await AuditAsync("scope-updated", name, $"Was: {before}", cancellationToken);
        return ScopeOperationResult.Done(await ViewAsync(scope, cancellationToken));
    }

    public async Task<ScopeOperationResult> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var scope = await scopes.FindByNameAsync(name, cancellationToken);
        if (scope is null)
        {
            return ScopeOperationResult.NotFound();
        }

        if (PortalScopes.IsKnown(name))
        {
            return ScopeOperationResult.BuiltIn(name);
        }

        var clients = await ClientsPermittedAsync(name, cancellationToken);
        if (clients.Count > 0)
        {
            return ScopeOperationResult.InUse(name, clients);
        }

        var view = await ViewAsync(scope, cancellationToken);
        await scopes.DeleteAsync(scope, cancellationToken);
        await AuditAsync("scope-deleted", name, null, cancellationToken);
        return ScopeOperationResult.Done(view);
    }

    /// <summary>The ids of the clients permitted <paramref name="name"/>, in order.</summary>
    public async Task<IReadOnlyList<string>> ClientsPermittedAsync(string name, CancellationToken cancellationToken)
    {
        var permission = Permissions.Prefixes.Scope + name;
        var clients = new List<string>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken))
        {
            if (await applications.HasPermissionAsync(application, permission, cancellationToken))
            {
                clients.Add(await applications.GetClientIdAsync(application, cancellationToken) ?? "");
            }
        }

        return clients.Order(StringComparer.Ordinal).ToList();
    }

    private static void Apply(string displayName, string? description, IEnumerable<string>? resources, OpenIddictScopeDescriptor descriptor)
    {
        descriptor.DisplayName = displayName.Trim();
        descriptor.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        descriptor.Resources.Clear();
        foreach (var resource in (resources ?? []).Distinct(StringComparer.Ordinal))
        {
            descriptor.Resources.Add(resource);
        }
    }

    // What the audit entry keeps of the previous version: public text only, shortened.
    private static string Summary(OpenIddictScopeDescriptor descriptor)
    {
        var text = $"\"{descriptor.DisplayName}\"; resources [{string.Join(", ", descriptor.Resources.Order(StringComparer.Ordinal))}]";
        return text.Length > 300 ? text[..300] + "…" : text;
    }

    private async Task<ScopeView> ViewAsync(object scope, CancellationToken cancellationToken)
    {
        var name = await scopes.GetNameAsync(scope, cancellationToken) ?? "";
        var displayName = await scopes.GetDisplayNameAsync(scope, cancellationToken)
            ?? PortalScopes.All.FirstOrDefault(s => s.Name == name).DisplayName ?? name;
        return new ScopeView(
            name,
            displayName,
            await scopes.GetDescriptionAsync(scope, cancellationToken),
            (await scopes.GetResourcesAsync(scope, cancellationToken)).Order(StringComparer.Ordinal).ToList(),
            PortalScopes.IsKnown(name));
    }

    // The audit module is always enabled; resolved lazily so the recipe step works in containers being set up.
    private Task AuditAsync(string action, string name, string? detail, CancellationToken cancellationToken) =>
        services.GetService<IAuditLog>()?.WriteAsync(new AuditEntry(AuditCategories.Scopes, action, AuditOutcome.Success, name, detail), cancellationToken)
        ?? Task.CompletedTask;
}
