namespace Portal.Abstractions.Security;

/// <summary>
/// OFFICIAL-SENSITIVE access (DESIGN section 6): the module permission, vetting at least SC, and either a second
/// factor in this session within <see cref="SecondFactorWindow"/> or a token carrying <see cref="Scope"/> issued to
/// a client allowed it. Every read is audited; responses are not stored; pages carry the marking top and bottom.
/// </summary>
public static class OfficialSensitive
{
    public const string Marking = "OFFICIAL-SENSITIVE";
    public const string Scope = "sensitive";
    public const string PolicyPrefix = "OfficialSensitive:";
    public const VettingLevel MinimumVetting = VettingLevel.SC;
    public static readonly TimeSpan SecondFactorWindow = TimeSpan.FromMinutes(15);

    /// <summary>The policy name for sensitive access under <paramref name="permission"/>; built by the host on demand.</summary>
    public static string PolicyFor(Permission permission) => PolicyPrefix + permission.Name;
}
