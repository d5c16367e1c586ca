using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Agreements.Services;
using Portal.CallRouting.Recipes.Models;

namespace Portal.CallRouting.Recipes.Services;

/// <summary>
/// Stores this force's side of an agreement a recipe seeds as accepted. The proposer's side goes through the same
/// <see cref="ProposalValidator"/> as a proposal (so the partner must already be a running police force and the queue
/// one of this force's); the partner's side is checked field by field, since the proposer may be set up after it.
/// Audited like the agreement's other steps; no event is sent, the other side is seeded by its own recipe.
/// </summary>
public sealed class AgreementSeeder(OverflowAgreementsDbContext db, ProposalValidator validator, IAuditLog audit, ShellSettings tenant, TimeProvider clock)
{
    public async Task SeedAsync(SeedAgreement seed, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Midnight UTC, so that the two sides seeded the same day carry the same expiry.
        var expiresAt = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(seed.ValidForDays);
        var errors = await validator.ValidateAsync(new ProposeAgreementInput(seed.Partner, seed.QueueCode, seed.MaxConcurrentCalls, null, expiresAt), cancellationToken);
        if (seed.Role == AgreementRole.Partner)
        {
            // The queue is the proposer's and the proposer may not be set up yet: those two checks are the proposer's side's.
            errors.Remove("partner");
            errors.Remove("queueCode");
            if (string.Equals(seed.Partner, tenant.Name, StringComparison.Ordinal))
            {
                errors["partner"] = ["A force cannot make an overflow agreement with itself."];
            }
        }

        if (await db.Agreements.AnyAsync(a => a.Id == seed.Id, cancellationToken))
        {
            errors["id"] = [$"This force already has an agreement '{seed.Id}'."];
        }

        if (errors.Count > 0)
        {
            throw RoutingSeedFailure.Of($"the agreement '{seed.Id}'", errors);
        }

        var agreement = new OverflowAgreement
        {
            Id = seed.Id,
            Role = seed.Role,
            PartnerTenant = seed.Partner,
            QueueCode = seed.QueueCode,
            MaxConcurrentCalls = seed.MaxConcurrentCalls,
            HoursJson = "[]",
            ExpiresAt = expiresAt,
            State = AgreementState.Accepted,
            ProposedBy = actor,
            ProposedAt = now,
            DecidedBy = actor,
            DecidedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(OverflowAgreementService.AuditCategory, "agreement-seeded", AuditOutcome.Success, agreement.Id,
            $"Seeded as accepted by {actor}: {(seed.Role == AgreementRole.Proposer ? "calls overflow to" : "calls taken from")} {seed.Partner}, " +
            $"queue {seed.QueueCode}, at most {seed.MaxConcurrentCalls} calls, until {expiresAt:O}."), cancellationToken);
    }
}
