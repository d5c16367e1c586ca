using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Publications.Attachments;

/// <summary>Registers the attachments: uploads to drafts (with their size limit) and downloads by classification.</summary>
public static class AttachmentsServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentLimits>().Configure<IConfiguration>((limits, configuration) =>
        {
            configuration.GetSection(AttachmentLimits.Section).Bind(limits);
            if (limits.MaxAttachmentBytes <= 0)
            {
                throw new InvalidOperationException($"{AttachmentLimits.Section}:MaxAttachmentBytes must be a positive number of bytes.");
            }
        });
        services.AddScoped<AttachmentAuthoring>();
        services.AddScoped<IReportAttachmentFiles, PublishedAttachmentFiles>();
        return services;
    }
}
