using Portal.Abstractions.Security;
using Portal.Publications.Reports.Models;
using Portal.Publications.Sensitive.Data;
using Portal.Publications.Sensitive.Models;

namespace Portal.Publications.Sensitive.Services;

/// <summary>Part 2 and grants as the API shows them.</summary>
public static class Part2Responses
{
    public static Part2Response Of(SensitivePart part, string pathBase) => new(
        OfficialSensitive.Marking,
        part.Reference,
        part.Title,
        part.Version,
        part.PublishedAt,
        part.IsWithdrawn,
        part.Sections.Select(s => new SensitiveSectionResponse(s.Heading, s.Markdown, s.Html, s.ExemptionBasis, s.ReleaseCondition.ToString(), s.ReleaseOn, s.ContractName)).ToList(),
        part.Attachments.Select(a => new SensitiveAttachmentResponse(a.Id, a.Title, a.FileName, a.Kind.ToString(), a.SizeBytes,
            $"{pathBase}{Part2Paths.ApiAttachment(part.Reference, a.Id)}")).ToList(),
        OfficialSensitive.Marking);

    public static GrantResponse Of(ReportAccessGrant grant) => new(grant.Reference, grant.Grantee, grant.GrantedBy, grant.GrantedAt);
}
