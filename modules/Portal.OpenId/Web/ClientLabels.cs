using Portal.OpenId.Models;

namespace Portal.OpenId.Web;

/// <summary>How the pages name flows and client types for people rather than for the protocol.</summary>
public static class ClientLabels
{
    public static string Grant(string grant) => grant switch
    {
        ClientGrants.AuthorizationCode => "Authorization code (people sign in)",
        ClientGrants.ClientCredentials => "Client credentials (automation)",
        ClientGrants.RefreshToken => "Refresh token",
        _ => grant,
    };

    public static string ShortGrant(string grant) => grant switch
    {
        ClientGrants.AuthorizationCode => "Authorization code",
        ClientGrants.ClientCredentials => "Client credentials",
        ClientGrants.RefreshToken => "Refresh token",
        _ => grant,
    };

    public static string Type(string type) => type == "public" ? "Public" : "Confidential";
}
