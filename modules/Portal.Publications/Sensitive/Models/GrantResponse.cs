namespace Portal.Publications.Sensitive.Models;

public sealed record GrantResponse(string Reference, string Grantee, string GrantedBy, DateTimeOffset GrantedAt);
