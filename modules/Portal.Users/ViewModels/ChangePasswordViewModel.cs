namespace Portal.Users.ViewModels;

public sealed class ChangePasswordViewModel
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}
