using Portal.Abstractions.Modules;

[assembly: Theme(
    Id = "Portal.Themes.Admin",
    Name = "Admin",
    Category = "Themes",
    Description = "Admin theme on the GOV.UK Frontend base: a two-column admin layout with MOJ side navigation built from the admin menu.",
    BaseTheme = "Portal.Themes.GovUk",
    Dependencies = ["Portal.Themes.GovUk"],
    IsAlwaysEnabled = true)]
