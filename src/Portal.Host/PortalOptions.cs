namespace Portal.Host;

/// <summary>The "Portal" configuration section (DESIGN section 8 lists the keys and defaults).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string DataDir { get; set; } = "App_Data";
    public DatabaseOptions Database { get; set; } = new();
    public SetupOptions Setup { get; set; } = new();
    public ShellsOptions Shells { get; set; } = new();
    public PluginsOptions Plugins { get; set; } = new();

    public sealed class DatabaseOptions
    {
        public string Provider { get; set; } = "Sqlite";
        public string? ConnectionString { get; set; }

        /// <summary>PostgreSQL: each tenant's role and schema is this prefix plus its name (roles are cluster-wide).</summary>
        public string TenantRolePrefix { get; set; } = "tenant_";

        /// <summary>
        /// PFX (<c>Path</c> + <c>Password</c>) that encrypts the key rings kept in the store (the host's, which protects
        /// the tenants' database passwords, and each tenant's). Required on PostgreSQL outside Development.
        /// </summary>
        public CertificateOptions KeyRingCertificate { get; set; } = new();

        /// <summary>Lets a non-Development node on PostgreSQL keep its key rings unencrypted (a local demo only).</summary>
        public bool AllowUnencryptedKeyRing { get; set; }

        /// <summary>
        /// How long a starting node waits for an unreachable database before it gives up (and exits, so its
        /// supervisor restarts it): nodes and the database are often started together.
        /// </summary>
        public int StartupWaitSeconds { get; set; } = 120;
    }

    public sealed class CertificateOptions
    {
        public string? Path { get; set; }
        public string? Password { get; set; }
    }

    public sealed class SetupOptions
    {
        public string? Recipe { get; set; }
        public string? AdminEmail { get; set; }
        public string? AdminPassword { get; set; }
        public string? ClientSecret { get; set; }
    }

    public sealed class ShellsOptions
    {
        public bool Warmup { get; set; }
    }

    public sealed class PluginsOptions
    {
        public string? Path { get; set; }

        /// <summary>SHA-256 (hex) of each plug-in assembly allowed to load.</summary>
        public List<string> Trusted { get; set; } = [];
    }
}
