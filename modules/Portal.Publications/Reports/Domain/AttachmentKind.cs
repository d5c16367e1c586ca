namespace Portal.Publications.Reports.Domain;

/// <summary>The file types a report may carry, recognised by their content, never by their name.</summary>
public enum AttachmentKind
{
    Pdf = 1,
    Docx = 2,
    Odt = 3,
    Csv = 4,
}
