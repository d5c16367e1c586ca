namespace Portal.OpenId.ViewModels;

/// <summary>The client named on a confirmation page (regenerate its secret, delete it).</summary>
public sealed record ClientConfirmViewModel(string ClientId, string DisplayName, string Type);
