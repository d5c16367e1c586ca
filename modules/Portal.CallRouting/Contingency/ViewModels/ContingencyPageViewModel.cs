using Portal.CallRouting.Contingency.Models;

namespace Portal.CallRouting.Contingency.ViewModels;

/// <summary>
/// The contingency page: the published plan's contingency plans (null when no plan is published), the recent
/// activations, and, after a refused form, which plan's form failed and the reason typed so it is not lost.
/// </summary>
public sealed record ContingencyPageViewModel(
    IReadOnlyList<ContingencyPlanView>? Plans,
    IReadOnlyList<ContingencyActivationView> Recent,
    bool CanSwitch,
    string? FailedCode = null,
    string? Reason = null)
{
    public static string ReasonField(string code) => "reason-" + code;
}
