using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Authoring.ViewModels;

/// <summary>A report's current attachments, whether the viewer may change them now (a draft, with EditPublications), and what a refused upload posted.</summary>
public sealed record AttachmentsViewModel(DecisionReport Report, IReadOnlyList<ReportAttachment> Attachments, bool CanChange, long MaxBytes)
{
    public string? Title { get; init; }

    public string? Classification { get; init; }
}
