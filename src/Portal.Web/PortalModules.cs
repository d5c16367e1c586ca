using System.Reflection;

namespace Portal.Web;

/// <summary>The modules and themes this platform ships with (each is a project reference); plug-ins come on top.</summary>
public static class PortalModules
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Portal.Themes.GovUk",
        "Portal.Themes.Admin",
        "Portal.Audit",
        "Portal.Users",
        "Portal.Tenants",
        "Portal.Features",
        "Portal.OpenId",
        "Portal.CallRouting",
        "Portal.Publications",
    ];

    public static IReadOnlyList<Assembly> Assemblies { get; } = Names.Select(n => Assembly.Load(new AssemblyName(n))).ToList();
}
