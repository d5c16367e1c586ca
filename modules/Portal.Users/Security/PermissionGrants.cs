using Portal.Abstractions.Security;

namespace Portal.Users.Security;

internal static class PermissionGrants
{
    /// <summary>
    /// The names of the permissions that grant <paramref name="permission"/>: itself and, transitively, every
    /// permission that implies it (ViewTenants is granted by ManageTenants, and by whatever implies that).
    /// </summary>
    public static IReadOnlySet<string> NamesGranting(Permission permission)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Permission>();
        pending.Push(permission);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            // The set doubles as the visited mark, so a cycle of ImpliedBy declarations cannot loop.
            if (!names.Add(current.Name))
            {
                continue;
            }

            foreach (var broader in current.ImpliedBy ?? [])
            {
                pending.Push(broader);
            }
        }

        return names;
    }
}
