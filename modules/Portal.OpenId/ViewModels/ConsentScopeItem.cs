namespace Portal.OpenId.ViewModels;

/// <summary>One scope on the consent page: its name, what people read, and the longer description when there is one.</summary>
public sealed record ConsentScopeItem(string Name, string DisplayName, string? Description);
