namespace Portal.Publications.Sensitive.Services;

public enum Part2ReadStatus
{
    Read,

    /// <summary>No published Part 2 (or attachment of it) under that reference.</summary>
    NotFound,

    /// <summary>The caller passed the OfficialSensitive policy but holds no grant for this report.</summary>
    NoGrant,
}
