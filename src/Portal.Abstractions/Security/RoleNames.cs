namespace Portal.Abstractions.Security;

public static class RoleNames
{
    /// <summary>Holds every permission of every enabled feature in its tenant.</summary>
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Viewer = "Viewer";
}
