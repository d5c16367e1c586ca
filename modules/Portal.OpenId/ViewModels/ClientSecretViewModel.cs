namespace Portal.OpenId.ViewModels;

/// <summary>A secret just generated (creation, regeneration, becoming confidential): shown on this one page only.</summary>
public sealed record ClientSecretViewModel(string ClientId, string DisplayName, string Secret, string Heading);
