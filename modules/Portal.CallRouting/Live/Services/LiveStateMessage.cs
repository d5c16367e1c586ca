namespace Portal.CallRouting.Live.Services;

/// <summary>One serialised state for the dashboard streams, numbered so that a client can tell it missed some.</summary>
internal sealed record LiveStateMessage(long Sequence, string Json);
