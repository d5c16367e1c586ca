namespace Portal.Users.Security;

/// <summary>
/// Marks a sign-in action: its request is not authenticated by any session the browser already has, and that
/// session ends, so the sign-in stores a new session under a new key. Otherwise the cookie handler would renew
/// the existing key with the new user's ticket, and whoever planted that key (session fixation) would share it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class StartsNewSessionAttribute : Attribute;
