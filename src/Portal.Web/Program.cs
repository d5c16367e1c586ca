using Portal.Host;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);

// Outside Development and unpublished (tests, benchmarks), module assets still come from their projects.
builder.WebHost.UseStaticWebAssets();
builder.AddPortalHost(PortalModules.Assemblies);

var app = builder.Build();
app.UsePortalHost();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
