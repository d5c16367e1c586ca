using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports;

/// <summary>
/// The OFFICIAL-SENSITIVE Part 2 of published reports. It checks nothing about the caller: only the Sensitive feature
/// may use it, behind the OfficialSensitive policy, the per-report grant and an audit entry per read.
/// </summary>
public interface ISensitiveParts
{
    /// <summary>Part 2 of the report's latest published version; null when the report was never published or has no Part 2.</summary>
    Task<SensitivePart?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Part 2 as version <paramref name="number"/> of the report published it; null when there is no such version or it had no Part 2.</summary>
    Task<SensitivePart?> GetVersionAsync(string reference, int number, CancellationToken cancellationToken = default);
}
