namespace Portal.Users.ViewModels;

/// <summary>The sign-in form. Nullable so that missing fields reach the controller's own, GOV.UK-worded checks.</summary>
public sealed class LoginViewModel
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}
