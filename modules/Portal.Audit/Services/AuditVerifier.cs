using Microsoft.EntityFrameworkCore;
using Portal.Audit.Data;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>
/// Walks the chain in sequence order, a batch at a time (the log may hold millions of entries), recomputing each
/// hash and checking each link and that no number is missing. Reports the first entry where the chain breaks.
/// Removing the newest entries leaves a shorter chain that is still intact: comparing the count and last hash with
/// a copy kept elsewhere is what catches that.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db)
{
    public const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long checkedCount = 0;
        long previousSequence = 0;
        var previousHash = AuditHash.Genesis;

        while (true)
        {
            var after = previousSequence;
            var batch = await db.Entries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);

            foreach (var entry in batch)
            {
                if (Check(entry, previousSequence, previousHash) is { } broken)
                {
                    return broken;
                }

                checkedCount++;
                previousSequence = entry.Sequence;
                previousHash = entry.Hash;
            }

            if (batch.Count < BatchSize)
            {
                return new AuditVerification(true, checkedCount);
            }
        }
    }

    private static AuditVerification? Check(AuditRecord entry, long previousSequence, string previousHash)
    {
        if (entry.Sequence != previousSequence + 1)
        {
            var missing = previousSequence + 1;
            var range = entry.Sequence - 1 == missing ? $"entry #{missing} is" : $"entries #{missing} to #{entry.Sequence - 1} are";
            return new AuditVerification(false, previousSequence, missing,
                $"{range} missing (the sequence jumps from #{previousSequence} to #{entry.Sequence}); an entry was removed.");
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return new AuditVerification(false, previousSequence, entry.Sequence, previousSequence == 0
                ? "the first entry does not start the chain; entries before it were removed or replaced."
                : $"it does not link to entry #{previousSequence}; the chain was forked, reordered or an entry replaced.");
        }

        if (!string.Equals(AuditHash.Compute(entry), entry.Hash, StringComparison.Ordinal))
        {
            return new AuditVerification(false, previousSequence, entry.Sequence,
                "its content does not match its hash; it was changed after it was written.");
        }

        return null;
    }
}
