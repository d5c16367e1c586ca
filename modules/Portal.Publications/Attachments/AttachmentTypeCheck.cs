using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Attachments;

/// <summary>
/// Decides an upload's type: its name must claim one of the accepted kinds, a declared media type (when it says more
/// than "octet-stream") must agree with the name, and <see cref="AttachmentSniffer"/> must recognise the content as
/// that same kind. A file that is not what it says it is, is refused, whatever it really is.
/// </summary>
public static class AttachmentTypeCheck
{
    public const string Field = "file";

    // What browsers and clients send for these files; Windows browsers label CSV as Excel.
    private static readonly Dictionary<AttachmentKind, string[]> DeclaredTypes = new()
    {
        [AttachmentKind.Pdf] = ["application/pdf"],
        [AttachmentKind.Docx] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        [AttachmentKind.Odt] = ["application/vnd.oasis.opendocument.text"],
        [AttachmentKind.Csv] = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"],
    };

    /// <summary>The kind of the upload, or the error naming the <c>file</c> field.</summary>
    public static (AttachmentKind? Kind, FieldError? Error) Check(string fileName, string? declaredContentType, byte[] content)
    {
        if (AttachmentSniffer.FromFileName(fileName) is not { } claimed)
        {
            return (null, new FieldError(Field, "Upload a PDF, DOCX, ODT or CSV file: its name ends .pdf, .docx, .odt or .csv."));
        }

        var declared = MediaType(declaredContentType);
        if (declared is not null && declared != "application/octet-stream" && !DeclaredTypes[claimed].Contains(declared))
        {
            return (null, new FieldError(Field, $"The file is named as {Name(claimed)} but sent as {declared}."));
        }

        var detected = AttachmentSniffer.Detect(content);
        if (detected != claimed)
        {
            return (null, new FieldError(Field, detected is { } other
                ? $"The file is named as {Name(claimed)} but its content is {Name(other)}: rename it or upload the right file."
                : $"The file is named as {Name(claimed)} but its content is not {Name(claimed)} (or is incomplete)."));
        }

        return (claimed, null);
    }

    private static string? MediaType(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) ? null : contentType.Split(';')[0].Trim().ToLowerInvariant();

    private static string Name(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "a PDF",
        AttachmentKind.Docx => "a DOCX document",
        AttachmentKind.Odt => "an ODT document",
        _ => "a CSV file",
    };
}
