using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Features",
    Name = "Modules and features",
    Category = "Platform",
    Description = "The module catalogue, and enabling or disabling features for each tenant.",
    Dependencies = ["Portal.Tenants"],
    DefaultTenantOnly = true)]
