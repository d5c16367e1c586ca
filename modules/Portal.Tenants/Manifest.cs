using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Tenants",
    Name = "Tenants",
    Category = "Platform",
    Description = "Create, set up, disable and enable the tenants of the platform.",
    Dependencies = ["Portal.Users"],
    DefaultTenantOnly = true)]
