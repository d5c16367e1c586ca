using Microsoft.Extensions.DependencyInjection;

namespace Portal.Publications.Attachments;

/// <summary>Registers the attachments: downloads by classification.</summary>
public static class AttachmentsServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationAttachments(this IServiceCollection services)
    {
        services.AddScoped<IReportAttachmentFiles, PublishedAttachmentFiles>();
        return services;
    }
}
