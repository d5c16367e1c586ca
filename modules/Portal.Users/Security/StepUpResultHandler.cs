using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Security;

namespace Portal.Users.Security;

/// <summary>
/// Answers failed authorizations. When a signed-in person lacks only a recent second factor for an
/// OFFICIAL-SENSITIVE page, they are sent to the step-up page (and come back after it); API callers and every
/// other refusal get the default answer. Refusals of sensitive endpoints are not stored by browsers or proxies.
/// </summary>
internal sealed class StepUpResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string StepUpPath = "/account/step-up";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        if (policy.Requirements.OfType<OfficialSensitiveRequirement>().Any())
        {
            SensitiveReads.MarkNoStore(context.Response);
        }

        if (authorizeResult.Forbidden && OnlyLacksSecondFactor(authorizeResult.AuthorizationFailure) && !IsApi(context.Request))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{context.Request.PathBase}{StepUpPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }

    internal static bool OnlyLacksSecondFactor(AuthorizationFailure? failure) =>
        failure is { FailCalled: true }
        && failure.FailureReasons.Any()
        && failure.FailureReasons.All(r => r is SecondFactorRequiredReason)
        && failure.FailedRequirements.All(r => r is OfficialSensitiveRequirement);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
