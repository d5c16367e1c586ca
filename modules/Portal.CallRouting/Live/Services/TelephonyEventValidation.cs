using Portal.Contracts;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// What <see cref="TelephonyEventValidator"/> found: <see cref="Malformed"/> (400: a field missing, of the wrong form,
/// or not belonging to the event's type), else <see cref="UnknownReferences"/> (422: a queue or centre the force does
/// not have), else the <see cref="Events"/> to publish. Keys are field paths (<c>queue</c>, or <c>[2].queue</c> in a batch).
/// </summary>
internal sealed record TelephonyEventValidation(
    Dictionary<string, string[]> Malformed,
    Dictionary<string, string[]> UnknownReferences,
    IReadOnlyList<IIntegrationEvent> Events);
