namespace Portal.Users.ViewModels;

/// <summary>Recovery codes, shown once when they are made: they cannot be shown again.</summary>
public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
