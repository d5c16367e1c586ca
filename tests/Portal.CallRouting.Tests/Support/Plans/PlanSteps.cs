using System.Net;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>Walks a plan through the workflow through the API, checking each step succeeds.</summary>
public static class PlanSteps
{
    public static async Task<ApiAnswer> DraftAsync(PlansSession editor, RoutingPlanDocument document)
    {
        var created = await editor.PostAsync("");
        created.Is(HttpStatusCode.Created);
        var edited = await editor.PutAsync($"/{created.Number}", document, created.ETag);
        edited.Is(HttpStatusCode.OK);
        return edited;
    }

    public static async Task<ApiAnswer> ApprovedAsync(PlansApiFixture people, RoutingPlanDocument document)
    {
        var draft = await DraftAsync(people.Admin, document);
        (await people.Admin.PostAsync($"/{draft.Number}/submit")).Is(HttpStatusCode.OK);
        var approved = await people.Approver.PostAsync($"/{draft.Number}/approve");
        approved.Is(HttpStatusCode.OK);
        return approved;
    }

    public static async Task<ApiAnswer> PublishedAsync(PlansApiFixture people, RoutingPlanDocument document, object? publish = null)
    {
        var approved = await ApprovedAsync(people, document);
        var published = await people.Admin.PostAsync($"/{approved.Number}/publish", publish);
        published.Is(HttpStatusCode.OK);
        return published;
    }
}
