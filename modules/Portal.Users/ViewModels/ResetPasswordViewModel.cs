using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Users.ViewModels;

public sealed class ResetPasswordViewModel
{
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }

    // For the page only.
    [BindNever]
    public string Id { get; set; } = "";
    [BindNever]
    public string Email { get; set; } = "";
}
