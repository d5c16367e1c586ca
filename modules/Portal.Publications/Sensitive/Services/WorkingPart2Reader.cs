using System.Security.Claims;
using Portal.Abstractions.Audit;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Sensitive.Services;

/// <summary>
/// How an editor reads back the Part 2 bodies of a working copy (any state, published or not), after the
/// OfficialSensitive policy under EditPublications let them in: they must also hold the report's grant, as every
/// reader of Part 2 must (need to know: clearance alone opens no report). The same holds for the Part 2 of any
/// published version. Each read, and each refusal for want of a grant, is audited like a read of published Part 2.
/// </summary>
public sealed class WorkingPart2Reader(ReportAuthoring authoring, ISensitiveParts parts, ReportAccessGrants grants, IAuditLog audit)
{
    public const string ReadAction = "part-2-working-copy-read";
    public const string VersionReadAction = "part-2-version-read";

    public async Task<WorkingPart2Read> ReadAsync(string reference, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var report = await authoring.FindAsync(reference, cancellationToken);
        // Unknown, or a report without Part 2: 404 for everyone, before the grant, as for published Part 2.
        if (report is null || report.Part2.Count == 0)
        {
            return WorkingPart2Read.NotFound;
        }

        if (!await grants.HoldsAsync(report.Reference, user, cancellationToken))
        {
            await audit.WriteAsync(new AuditEntry(AuditCategories.Refusal, Part2Reader.RefusedAction, AuditOutcome.Refused, report.Reference,
                "no grant for the report (working copy)"), cancellationToken);
            return WorkingPart2Read.NoGrant;
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.SensitiveRead, ReadAction, AuditOutcome.Success, report.Reference,
            $"working copy, {report.State}, {report.Part2.Count} section(s)"), cancellationToken);
        return new WorkingPart2Read(Part2ReadStatus.Read, report);
    }

    /// <summary>Part 2 as version <paramref name="number"/> published it (an earlier one too), on the same terms as the working copy.</summary>
    public async Task<Part2Read> ReadVersionAsync(string reference, int number, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var part = await parts.GetVersionAsync(reference, number, cancellationToken);
        if (part is null)
        {
            return Part2Read.NotFound;
        }

        if (!await grants.HoldsAsync(part.Reference, user, cancellationToken))
        {
            await audit.WriteAsync(new AuditEntry(AuditCategories.Refusal, Part2Reader.RefusedAction, AuditOutcome.Refused, part.Reference,
                $"no grant for the report (version {number})"), cancellationToken);
            return Part2Read.NoGrant;
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.SensitiveRead, VersionReadAction, AuditOutcome.Success, part.Reference,
            $"version {number}"), cancellationToken);
        return new Part2Read(Part2ReadStatus.Read, part);
    }
}
