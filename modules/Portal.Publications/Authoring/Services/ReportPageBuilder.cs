using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;
using Portal.Publications.Sensitive.Services;

namespace Portal.Publications.Authoring.Services;

/// <summary>
/// Draws a report's page for its editors (<see cref="ReportPageViewModel"/>): any of the authoring controllers shows
/// it again with the error summary when a change from it is refused. What the viewer may do is asked of the same
/// policies the endpoints carry; approval is never offered to the report's author or submitter.
/// </summary>
public sealed class ReportPageBuilder(ReportAuthoring authoring, ReportHistory history, SafeMarkdown markdown, IAuthorizationService authorization, IServiceProvider services)
{
    public async Task<ReportPageViewModel?> BuildAsync(string reference, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await authoring.FindAsync(reference, cancellationToken) is not { } report)
        {
            return null;
        }

        var own = ReportWorkflow.IsOwnReport(report, ReportActor.Of(user));
        var can = new ReportPermissions(
            await AllowedAsync(user, Permissions.EditPublicationsPolicy),
            !own && await AllowedAsync(user, Permissions.ApprovePublicationsPolicy),
            await AllowedAsync(user, Permissions.PublishPublicationsPolicy),
            // The grants page exists only where the tenant enabled Part 2 (Portal.Publications.Sensitive).
            services.GetService(typeof(ReportAccessGrants)) is not null && await AllowedAsync(user, Permissions.ManagePublicationGrantsPolicy));
        var html = report.Part1.OrderBy(s => s.Position).Select(s => markdown.ToHtml(s.Body)).ToList();
        return new ReportPageViewModel(report, html, await history.VersionsAsync(report.Id, cancellationToken), can, own);
    }

    public async Task<bool> AllowedAsync(ClaimsPrincipal user, string policy) => (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}
