using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Abstractions.Security;

/// <summary>
/// Makes an MVC controller or action OFFICIAL-SENSITIVE under the permission named: authorization by the policy
/// "OfficialSensitive:{permission}", no-store answers, an audit entry per read, and the page's protective marking
/// (ViewData["Classification"], drawn top and bottom by the theme's layout).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class OfficialSensitiveAttribute(string permissionName) : Attribute, IAuthorizeData, IAsyncResultFilter
{
    public string PermissionName { get; } = permissionName;

    public string? Policy
    {
        get => OfficialSensitive.PolicyPrefix + PermissionName;
        set => throw new NotSupportedException("The policy follows from the permission.");
    }

    public string? Roles { get; set; }

    public string? AuthenticationSchemes { get; set; }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        SensitiveReads.MarkNoStore(context.HttpContext.Response);
        switch (context.Result)
        {
            case ViewResult view:
                view.ViewData["Classification"] = OfficialSensitive.Marking;
                break;
            case PartialViewResult partial:
                partial.ViewData["Classification"] = OfficialSensitive.Marking;
                break;
        }

        var executed = await next();
        // After the result ran, the status is the one given; a result that threw gave no content (500).
        await SensitiveReads.AuditAsync(context.HttpContext,
            executed.Exception is not null && !executed.ExceptionHandled ? StatusCodes.Status500InternalServerError : null);
    }
}
