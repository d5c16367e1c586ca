namespace Portal.Users.ViewModels;

public sealed record SecuritySettingsViewModel(bool AuthenticatorEnabled, int RecoveryCodesLeft);
