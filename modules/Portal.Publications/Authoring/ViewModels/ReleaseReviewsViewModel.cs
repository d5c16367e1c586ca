using Portal.Publications.Reports.Models;

namespace Portal.Publications.Authoring.ViewModels;

/// <summary>The Part 2 sections whose release date has arrived, oldest first, and whether the viewer may record a review.</summary>
public sealed record ReleaseReviewsViewModel(IReadOnlyList<ReleaseReviewResponse> Due, bool CanEdit);
