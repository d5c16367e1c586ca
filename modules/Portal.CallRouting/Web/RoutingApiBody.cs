using Portal.Abstractions.Web;

namespace Portal.CallRouting.Web;

/// <summary>
/// The routing APIs' one body limit: every routing API (plans, registry, events, decisions, contingency, what-if)
/// refuses a body over 1 MB with 413 problem+json. A whole plan version is well under it.
/// </summary>
public static class RoutingApiBody
{
    public const long MaxBytes = 1024 * 1024;

    public static readonly BodySizeLimit Limit = new(MaxBytes, "A routing API request");
}
