namespace Portal.Publications.Public.ViewModels;

/// <summary>One item of a GOV.UK pagination list: a page number (current or not) or an ellipsis (<see cref="Number"/> null).</summary>
public sealed record PaginationItem(int? Number, bool IsCurrent);
