using System.Text.RegularExpressions;

namespace Portal.Host.Data.Postgres;

/// <summary>
/// The PostgreSQL role and schema of a tenant: the configured prefix plus the tenant name with hyphens as
/// underscores (tenant names allow no underscore, so two tenants never share one). Checked against a strict
/// ASCII pattern before it can reach any SQL, and always written quoted.
/// </summary>
public static partial class TenantSchemaNames
{
    public const string DefaultPrefix = "tenant_";

    // PostgreSQL truncates identifiers past 63 bytes; refusing is safer than two tenants sharing a truncated name.
    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    /// <summary>The role and schema name of <paramref name="tenantName"/>; throws when it would not be a safe identifier.</summary>
    public static string For(string tenantName, string? prefix = null)
    {
        prefix = string.IsNullOrEmpty(prefix) ? DefaultPrefix : prefix;
        var candidate = prefix + tenantName.ToLowerInvariant().Replace('-', '_');
        if (tenantName.Length == 0 || !Identifier().IsMatch(candidate) || candidate.StartsWith("pg_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The tenant name '{tenantName}' with the prefix '{prefix}' is not a safe PostgreSQL identifier.", nameof(tenantName));
        }

        return candidate;
    }

    /// <summary>A quoted identifier: embedded quotes doubled, so the name can never end the identifier early.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
