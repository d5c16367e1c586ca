using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Publications.Authoring.Services;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Authoring.Controllers;

/// <summary>The answers the editors' pages share: the report's page (again, with the errors of a refused change), the report that is not there, and the HTTP status of a refusal.</summary>
internal static class AuthoringResults
{
    public const string Caption = "Decision reports";

    public static async Task<IActionResult> ReportPageAsync(Controller controller, ReportPageBuilder pages, string reference,
        Func<ReportPageViewModel, ReportPageViewModel>? model, CancellationToken cancellationToken)
    {
        if (await pages.BuildAsync(reference, controller.User, cancellationToken) is not { } view)
        {
            return ReportNotFound(controller, reference);
        }

        controller.ViewData["Title"] = view.Report.Title;
        controller.ViewData["Caption"] = view.Report.Reference;
        return controller.View("ReportPage", model is null ? view : model(view));
    }

    public static ViewResult ReportNotFound(Controller controller, string reference)
    {
        controller.Response.StatusCode = StatusCodes.Status404NotFound;
        controller.ViewData["Title"] = "Report not found";
        controller.ViewData["Caption"] = Caption;
        return controller.View("ReportNotFound", reference);
    }

    /// <summary>Invalid input is 400; a step the person may not take 403; a stale version or the wrong state 409.</summary>
    public static int StatusOf(ReportOutcomeStatus status) => status switch
    {
        ReportOutcomeStatus.Invalid => StatusCodes.Status400BadRequest,
        ReportOutcomeStatus.Forbidden => StatusCodes.Status403Forbidden,
        ReportOutcomeStatus.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };
}
