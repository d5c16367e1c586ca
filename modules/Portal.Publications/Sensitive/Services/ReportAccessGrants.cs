using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;
using Portal.Publications.Sensitive.Data;

namespace Portal.Publications.Sensitive.Services;

/// <summary>
/// Need to know: who may read which report's Part 2. Giving and taking away a grant is audited (category
/// permissions) with who did it; a grant may be given for a report in any state, so that the people who must read
/// Part 2 can do so from the moment it is published.
/// </summary>
public sealed class ReportAccessGrants(SensitiveDbContext grants, PublicationsDbContext reports, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReportAccessGrant>?> ListAsync(string reference, CancellationToken cancellationToken)
    {
        if (await ExistingReferenceAsync(reference, cancellationToken) is not { } key)
        {
            return null;
        }

        return await grants.Grants.AsNoTracking().Where(g => g.Reference == key).OrderBy(g => g.Grantee).ToListAsync(cancellationToken);
    }

    public async Task<GrantOutcome> GrantAsync(string reference, string? grantee, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        if (await ExistingReferenceAsync(reference, cancellationToken) is not { } key)
        {
            return new GrantOutcome(GrantOutcomeStatus.NotFound);
        }

        if (Grantee.Normalise(grantee) is not { } who)
        {
            return new GrantOutcome(GrantOutcomeStatus.InvalidGrantee);
        }

        var held = await grants.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Reference == key && g.Grantee == who, cancellationToken);
        if (held is not null)
        {
            return new GrantOutcome(GrantOutcomeStatus.AlreadyHeld, held);
        }

        var grant = new ReportAccessGrant
        {
            Id = Guid.NewGuid(), Reference = key, Grantee = who, GrantedBy = ReportActor.Of(by).Id, GrantedAt = clock.GetUtcNow(),
        };
        grants.Grants.Add(grant);
        try
        {
            await grants.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two managers gave the same grant at once: the other one stored it (else the failure is real).
            grants.Entry(grant).State = EntityState.Detached;
            var stored = await grants.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Reference == key && g.Grantee == who, cancellationToken);
            if (stored is null)
            {
                throw;
            }

            return new GrantOutcome(GrantOutcomeStatus.AlreadyHeld, stored);
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "part-2-grant-given", AuditOutcome.Success, key, "to " + who), cancellationToken);
        return new GrantOutcome(GrantOutcomeStatus.Granted, grant);
    }

    public async Task<GrantOutcome> RevokeAsync(string reference, string? grantee, CancellationToken cancellationToken)
    {
        var key = ReportReference.Normalise(reference);
        var who = Grantee.Normalise(grantee);
        var grant = key is null || who is null
            ? null
            : await grants.Grants.SingleOrDefaultAsync(g => g.Reference == key && g.Grantee == who, cancellationToken);
        if (grant is null)
        {
            return new GrantOutcome(GrantOutcomeStatus.NotFound);
        }

        grants.Grants.Remove(grant);
        await grants.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "part-2-grant-revoked", AuditOutcome.Success, key, "from " + who), cancellationToken);
        return new GrantOutcome(GrantOutcomeStatus.Revoked, grant);
    }

    /// <summary>
    /// Takes away every grant held by <paramref name="grantee"/> (a deleted account), each audited like a revocation,
    /// so that no grant passes to the next account given the same address. The number taken away.
    /// </summary>
    public async Task<int> RevokeAllAsync(string? grantee, string reason, CancellationToken cancellationToken)
    {
        if (Grantee.Normalise(grantee) is not { } who)
        {
            return 0;
        }

        var held = await grants.Grants.Where(g => g.Grantee == who).OrderBy(g => g.Reference).ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return 0;
        }

        grants.Grants.RemoveRange(held);
        await grants.SaveChangesAsync(cancellationToken);
        foreach (var grant in held)
        {
            await audit.WriteAsync(new AuditEntry(AuditCategories.Permissions, "part-2-grant-revoked", AuditOutcome.Success, grant.Reference,
                $"from {who} ({reason})"), cancellationToken);
        }

        return held.Count;
    }

    /// <summary>Whether <paramref name="user"/> holds a grant for the report (the policy is checked elsewhere).</summary>
    public async Task<bool> HoldsAsync(string reference, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var key = ReportReference.Normalise(reference);
        var who = Grantee.Of(user);
        return key is not null && await grants.Grants.AsNoTracking().AnyAsync(g => g.Reference == key && g.Grantee == who, cancellationToken);
    }

    private async Task<string?> ExistingReferenceAsync(string reference, CancellationToken cancellationToken) =>
        ReportReference.Normalise(reference) is { } key && await reports.Reports.AsNoTracking().AnyAsync(r => r.Reference == key, cancellationToken)
            ? key
            : null;
}
