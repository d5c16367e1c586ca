using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Users",
    Name = "Users and roles",
    Category = "Security",
    Description = "Sign-in, users, roles and module permissions for the tenant.",
    IsAlwaysEnabled = true)]
