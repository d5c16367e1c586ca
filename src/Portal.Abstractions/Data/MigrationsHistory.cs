namespace Portal.Abstractions.Data;

public static class MigrationsHistory
{
    /// <summary>One history table per module, used at run time and by the design-time factories alike.</summary>
    public static string TableFor(string module) => "__EFMigrationsHistory_" + module.Replace('.', '_');
}
