using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;

namespace Portal.Publications.Index;

/// <summary>The platform's index of every force's decision reports (Default tenant only), fed by their publication events.</summary>
[Feature(FeatureId)]
public sealed class IndexStartup : StartupBase
{
    public const string FeatureId = "Portal.Publications.Index";

    public override void ConfigureServices(IServiceCollection services) => services.AddPublicationIndex();
}
