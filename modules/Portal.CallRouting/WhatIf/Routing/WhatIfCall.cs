namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>A simulated call as the routing function sees it: the queue it was offered to, that queue's service, and when.</summary>
public sealed record WhatIfCall(string QueueCode, string Service, DateTimeOffset At);
