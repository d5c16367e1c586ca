using Portal.Abstractions.Modules;

[assembly: Module(
    Id = "Portal.OpenId",
    Name = "OpenID Connect",
    Category = "Security",
    Description = "The store of the tenant's OpenID Connect applications, scopes, authorizations, tokens and keys.",
    Dependencies = ["Portal.Users"])]

[assembly: Feature(
    Id = "Portal.OpenId.Server",
    Name = "OpenID Connect server",
    Category = "Security",
    Description = "Makes the tenant an authorization server: sign-in for registered applications (authorization code with PKCE) and tokens for automation (client credentials).",
    Dependencies = ["Portal.OpenId"])]

[assembly: Feature(
    Id = "Portal.OpenId.Validation",
    Name = "OpenID Connect token validation",
    Category = "Security",
    Description = "The tenant's APIs accept access tokens issued by the tenant's own authorization server, besides the sign-in cookie.",
    Dependencies = ["Portal.OpenId.Server"])]

[assembly: Feature(
    Id = "Portal.OpenId.Management",
    Name = "OpenID Connect applications",
    Category = "Security",
    Description = "Pages and an API to register the applications (clients) allowed to use the tenant's authorization server, and to see its scopes.",
    Dependencies = ["Portal.OpenId"])]
