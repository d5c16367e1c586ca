using System.IO.Compression;
using System.Text;
using Portal.Publications.Attachments;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Tests.Attachments;

public sealed class AttachmentSnifferTests
{
    [Fact]
    public void A_pdf_is_recognised_by_its_header_and_end_marker()
    {
        Assert.Equal(AttachmentKind.Pdf, AttachmentSniffer.Detect(Pdf()));
    }

    [Fact]
    public void A_truncated_pdf_is_not_a_pdf()
    {
        var pdf = Pdf();
        // Its text may pass as CSV, which the upload then refuses as not matching the .pdf it claims to be.
        Assert.NotEqual(AttachmentKind.Pdf, AttachmentSniffer.Detect(pdf[..(pdf.Length - 8)]));
    }

    [Fact]
    public void A_docx_is_recognised_by_its_content_types_and_document_part()
    {
        Assert.Equal(AttachmentKind.Docx, AttachmentSniffer.Detect(Docx()));
    }

    [Fact]
    public void An_odt_is_recognised_by_its_mimetype_entry()
    {
        Assert.Equal(AttachmentKind.Odt, AttachmentSniffer.Detect(Odt()));
    }

    [Fact]
    public void Any_other_zip_is_refused()
    {
        Assert.Null(AttachmentSniffer.Detect(Zip(("readme.txt", "hello"))));
        Assert.Null(AttachmentSniffer.Detect(Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"))));
    }

    [Fact]
    public void Csv_is_utf8_text_without_control_characters()
    {
        Assert.Equal(AttachmentKind.Csv, AttachmentSniffer.Detect(Encoding.UTF8.GetBytes("centre,calls\r\nHendon,1204\r\nLambeth,\"9\t81\"\n")));
        Assert.Equal(AttachmentKind.Csv, AttachmentSniffer.Detect([0xEF, 0xBB, 0xBF, .. "a,b\n"u8.ToArray()]));
        Assert.Null(AttachmentSniffer.Detect([0x4D, 0x5A, 0x90, 0x00, 0x03]));
        Assert.Null(AttachmentSniffer.Detect([0x61, 0x2C, 0xFF, 0xFE]));
        Assert.Null(AttachmentSniffer.Detect([]));
    }

    [Fact]
    public void A_renamed_executable_is_nothing_whatever_its_name()
    {
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
        Assert.Equal(AttachmentKind.Pdf, AttachmentSniffer.FromFileName("Annex A.PDF"));
        Assert.Null(AttachmentSniffer.Detect(executable));
    }

    [Theory]
    [InlineData("a.pdf", AttachmentKind.Pdf)]
    [InlineData("b.docx", AttachmentKind.Docx)]
    [InlineData("c.odt", AttachmentKind.Odt)]
    [InlineData("d.CSV", AttachmentKind.Csv)]
    public void File_names_claim_a_kind(string name, AttachmentKind kind)
    {
        Assert.Equal(kind, AttachmentSniffer.FromFileName(name));
    }

    [Theory]
    [InlineData("e.exe")]
    [InlineData("f.pdf.exe")]
    [InlineData("noextension")]
    [InlineData(null)]
    public void Other_names_claim_nothing(string? name)
    {
        Assert.Null(AttachmentSniffer.FromFileName(name));
    }

    internal static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    internal static byte[] Docx() => Zip(
        ("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("word/document.xml", "<w:document/>"));

    internal static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
