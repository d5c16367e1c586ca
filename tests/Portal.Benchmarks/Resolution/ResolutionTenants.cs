using Portal.Abstractions.Shell;

namespace Portal.Benchmarks.Resolution;

/// <summary>
/// A platform of 50 tenants shaped like the real one: Default, 42 forces on a URL prefix, 5 on their own host
/// name and 2 on wildcard hosts.
/// </summary>
public static class ResolutionTenants
{
    private static readonly string[] PrefixForces =
    [
        "met", "city", "gmp", "wmp", "wyp", "syp", "nyp", "humberside", "cleveland", "durham", "northumbria", "cumbria",
        "lancashire", "merseyside", "cheshire", "derbyshire", "notts", "leics", "lincs", "northants", "warks", "westmercia",
        "staffs", "beds", "herts", "essex", "suffolk", "norfolk", "cambs", "thames-valley", "hampshire", "dorset",
        "devon-cornwall", "avon-somerset", "glos", "wiltshire", "dyfed-powys", "gwent", "south-wales", "north-wales", "btp", "mod",
    ];

    private static readonly string[] HostForces = ["kent", "sussex", "surrey", "psni", "scotland"];

    private static readonly string[] WildcardForces = ["cnc", "jersey"];

    public static IReadOnlyList<ShellSettings> Build()
    {
        var all = new List<ShellSettings> { Running(ShellSettings.DefaultName, prefix: null, hosts: []) };
        all.AddRange(PrefixForces.Select(f => Running(f, prefix: f, hosts: [])));
        all.AddRange(HostForces.Select(f => Running(f, prefix: null, hosts: [$"portal.{f}.police.uk"])));
        all.AddRange(WildcardForces.Select(f => Running(f, prefix: null, hosts: [$"*.{f}.police.uk"])));
        if (all.Count != 50)
        {
            throw new InvalidOperationException($"Expected 50 tenants, built {all.Count}.");
        }

        return all;
    }

    private static ShellSettings Running(string name, string? prefix, string[] hosts) => new()
    {
        Name = name,
        DisplayName = name,
        State = TenantState.Running,
        UrlPrefix = prefix,
        Hosts = hosts,
        EnabledFeatures = ["Portal.Users", "Portal.Themes.GovUk"],
    };
}
