namespace Portal.Abstractions.Security;

/// <summary>
/// National security vetting, lowest to highest. Stored by name, so the order of the members may grow without
/// rewriting rows; the numeric values still order the levels ("at least SC").
/// </summary>
public enum VettingLevel
{
    None = 0,
    /// <summary>Baseline Personnel Security Standard.</summary>
    BPSS = 1,
    /// <summary>Counter-Terrorist Check.</summary>
    CTC = 2,
    /// <summary>Security Check.</summary>
    SC = 3,
    /// <summary>Developed Vetting.</summary>
    DV = 4,
}
