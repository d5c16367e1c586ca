namespace Portal.Publications.Sensitive.Models;

/// <summary>A grant to give: a person's email, or "client:&lt;id&gt;" for an API client.</summary>
public sealed record GrantInput(string? Grantee);
