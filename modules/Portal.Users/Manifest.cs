using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Users",
    Name = "Users and roles",
    Category = "Security",
    Description = "Sign-in, users, roles and module permissions for the tenant.",
    Dependencies = ["Portal.Audit"],
    IsAlwaysEnabled = true)]

[assembly: Feature(
    Id = "Portal.Users.Account",
    Name = "Your account",
    Description = "Lets each signed-in person see their own account, roles and vetting level, and change their password.",
    Dependencies = ["Portal.Users"])]
