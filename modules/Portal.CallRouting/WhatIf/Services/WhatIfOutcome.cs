using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Services;

/// <summary>The comparison, or why there is none: field errors (422) or a plan version that does not exist (404).</summary>
public sealed record WhatIfOutcome(WhatIfComparison? Comparison, IReadOnlyDictionary<string, string[]>? Errors, int? MissingVersion)
{
    public static WhatIfOutcome Done(WhatIfComparison comparison) => new(comparison, null, null);

    public static WhatIfOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, null);

    public static WhatIfOutcome NotFound(int version) => new(null, null, version);
}
