using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Routing;

namespace Portal.OpenId.Web;

/// <summary>
/// Picks an action for a POST only when its form carries <see cref="Name"/> (the button pressed), so the consent
/// page's "Allow" and "Deny" reach their own actions on the same URI as the authorization endpoint, while a client's
/// own POSTed authorization request (which has neither) still reaches the endpoint's action.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FormValueRequiredAttribute(string name) : ActionMethodSelectorAttribute
{
    public string Name { get; } = name;

    public override bool IsValidForRequest(RouteContext routeContext, ActionDescriptor action)
    {
        var request = routeContext.HttpContext.Request;
        return HttpMethods.IsPost(request.Method)
            && request.HasFormContentType
            && !string.IsNullOrEmpty(request.Form[Name]);
    }
}
