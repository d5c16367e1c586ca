using Portal.Abstractions.Security;
using Microsoft.AspNetCore.Identity;

namespace Portal.Users.Models;

/// <summary>A person who signs in to one tenant. The user name is the email address.</summary>
public class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public VettingLevel VettingLevel { get; set; } = VettingLevel.None;
}
