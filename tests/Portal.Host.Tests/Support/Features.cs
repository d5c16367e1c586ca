using Portal.Abstractions.Modules;

namespace Portal.Host.Tests.Support;

/// <summary>Feature descriptions for graph tests, without any assembly behind them.</summary>
internal static class Features
{
    public static FeatureInfo F(string id, params string[] dependencies) =>
        new(id, id, "Tests", "", dependencies, "Module." + id, IsAlwaysEnabled: false, DefaultTenantOnly: false, IsTheme: false, IsPlugin: false);
}
