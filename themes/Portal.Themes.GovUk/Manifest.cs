using Portal.Abstractions.Modules;

[assembly: Theme(
    Id = "Portal.Themes.GovUk",
    Name = "GOV.UK Frontend",
    Category = "Themes",
    Description = "Base theme: GOV.UK Frontend and MOJ Frontend styles, the page layout, protective-marking banners, error summary and notification banner partials.",
    IsAlwaysEnabled = true)]
