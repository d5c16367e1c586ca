namespace Portal.Publications.Authoring.Services;

/// <summary>
/// The addresses of the editors' pages, relative to the tenant ("~/..."). The pages that are not about one report sit
/// two segments deep ("drafts/new", "tasks/release-reviews") so that no report reference, however it is spelt, can be
/// shadowed by them: <c>admin/publications/{reference}</c> is always that report.
/// </summary>
public static class AuthoringPaths
{
    public const string List = "~/admin/publications";
    public const string NewReport = "~/admin/publications/drafts/new";
    public const string ReleaseReviews = "~/admin/publications/tasks/release-reviews";

    public static string Report(string reference) => $"{List}/{Uri.EscapeDataString(reference)}";

    public static string EditDetails(string reference) => Report(reference) + "/edit";

    public static string Step(string reference, string step) => Report(reference) + "/" + step;

    public static string Part1(string reference) => Report(reference) + "/sections";

    public static string Part2(string reference) => Report(reference) + "/part-2-sections";

    public static string Attachments(string reference) => Report(reference) + "/attachments";

    public static string Grants(string reference) => Report(reference) + "/grants";
}
