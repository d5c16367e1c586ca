namespace Portal.Users.ViewModels;

/// <summary>Setting up an authenticator app: the key to type in (or the otpauth URI) and the first code to prove it.</summary>
public sealed class EnableAuthenticatorViewModel
{
    public string SharedKey { get; set; } = "";
    public string AuthenticatorUri { get; set; } = "";
    public string? Code { get; set; }
}
