namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>
/// A routing decision for a simulated call. <see cref="QueueCode"/> is the queue the call ends in: the one it was
/// offered to, or the queue it overflowed into (the simulation counts the overflow). <see cref="CentreCode"/> is set
/// for <see cref="WhatIfRouteKind.Centre"/>, <see cref="AgreementId"/> for <see cref="WhatIfRouteKind.Partner"/>.
/// </summary>
public sealed record WhatIfRoute(WhatIfRouteKind Kind, string QueueCode, string? CentreCode = null, string? AgreementId = null)
{
    public static WhatIfRoute ToQueue(string queueCode) => new(WhatIfRouteKind.Queue, queueCode);

    public static WhatIfRoute ToCentre(string queueCode, string centreCode) => new(WhatIfRouteKind.Centre, queueCode, centreCode);

    public static WhatIfRoute ToPartner(string queueCode, string agreementId) => new(WhatIfRouteKind.Partner, queueCode, AgreementId: agreementId);

    public static WhatIfRoute Announcement(string queueCode) => new(WhatIfRouteKind.Announcement, queueCode);
}
