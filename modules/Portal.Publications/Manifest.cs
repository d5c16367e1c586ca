using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.Publications",
    Name = "Publications",
    Category = "Content",
    Description = "Two-part decision reports: authoring, review and approval by a second person, publication with versions and change notes, and the public reading site with search and an Atom feed.",
    Dependencies = ["Portal.Users", "Portal.Audit"])]

[assembly: Feature(
    Id = "Portal.Publications.Sensitive",
    Name = "Publications: OFFICIAL-SENSITIVE Part 2",
    Category = "Content",
    Description = "Part 2 of decision reports (OFFICIAL-SENSITIVE, exempt from publication) for cleared people with a second factor and a grant for the report; every read is audited.",
    Dependencies = ["Portal.Publications", "Portal.OpenId.Validation", "Portal.Audit"])]

[assembly: Feature(
    Id = "Portal.Publications.Index",
    Name = "Publications: index across all tenants",
    Category = "Content",
    Description = "On the platform (Default tenant): one public index of the decision reports every tenant published, fed by their publication events.",
    DefaultTenantOnly = true,
    Dependencies = ["Portal.Audit"])]
