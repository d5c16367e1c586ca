namespace Portal.Publications.Tests.Support;

/// <summary>The portal as a newcomer gets it: the full <c>demo</c> recipe, with the forces' demonstration reports.</summary>
public sealed class DemoPublicationsPortalFactory : PublicationsPortalFactory
{
    protected override string SetupRecipe => "demo";
}
