namespace Portal.Users.ViewModels;

/// <summary>A form asking for a code from the authenticator app, or a recovery code.</summary>
public sealed class SecondFactorViewModel
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }

    /// <summary>Step-up only: whether the person has an authenticator set up at all.</summary>
    public bool Enrolled { get; set; } = true;
}
