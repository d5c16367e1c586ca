namespace Portal.Publications.Sensitive.Services;

/// <summary>The Sensitive feature's addresses inside a tenant (add the request's PathBase in front).</summary>
public static class Part2Paths
{
    public const string ApiPrefix = "/api/publications";

    public static string Page(string reference) => $"/publications/{reference}/part-2";

    public static string PageAttachment(string reference, Guid id) => $"/publications/{reference}/part-2/attachments/{id}";

    public static string ApiAttachment(string reference, Guid id) => $"{ApiPrefix}/{reference}/part-2/attachments/{id}";

    public static string GrantsPage(string reference) => $"/admin/publications/{reference}/grants";
}
