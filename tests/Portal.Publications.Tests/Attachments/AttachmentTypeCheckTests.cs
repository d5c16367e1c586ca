using System.Text;
using Portal.Publications.Attachments;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Tests.Attachments;

public sealed class AttachmentTypeCheckTests
{
    [Theory]
    [InlineData("report.pdf", "application/pdf")]
    [InlineData("REPORT.PDF", "application/octet-stream")]
    [InlineData("report.pdf", null)]
    public void A_pdf_named_and_declared_as_one_is_a_pdf(string fileName, string? declared)
    {
        var (kind, error) = AttachmentTypeCheck.Check(fileName, declared, AttachmentSnifferTests.Pdf());

        Assert.Null(error);
        Assert.Equal(AttachmentKind.Pdf, kind);
    }

    [Fact]
    public void Each_accepted_kind_passes_with_its_own_name()
    {
        Assert.Equal(AttachmentKind.Docx, AttachmentTypeCheck.Check("a.docx", null, AttachmentSnifferTests.Docx()).Kind);
        Assert.Equal(AttachmentKind.Odt, AttachmentTypeCheck.Check("a.odt", null, AttachmentSnifferTests.Odt()).Kind);
        Assert.Equal(AttachmentKind.Csv, AttachmentTypeCheck.Check("a.csv", "application/vnd.ms-excel", Encoding.UTF8.GetBytes("a,b\n1,2\n")).Kind);
    }

    [Fact]
    public void Text_named_pdf_is_refused_on_the_file_field()
    {
        var (kind, error) = AttachmentTypeCheck.Check("report.pdf", "application/pdf", Encoding.UTF8.GetBytes("<script>alert(1)</script>"));

        Assert.Null(kind);
        Assert.Equal("file", error!.Field);
        Assert.Contains("CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_named_pdf_is_refused()
    {
        var (kind, error) = AttachmentTypeCheck.Check("report.pdf", null, AttachmentSnifferTests.Docx());

        Assert.Null(kind);
        Assert.Contains("DOCX", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_declared_as_another_type_is_refused()
    {
        var (kind, error) = AttachmentTypeCheck.Check("report.pdf", "text/html", AttachmentSnifferTests.Pdf());

        Assert.Null(kind);
        Assert.Contains("text/html", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.exe")]
    [InlineData("report")]
    [InlineData("report.pdf.html")]
    public void A_name_of_another_type_is_refused_whatever_the_content(string fileName)
    {
        var (kind, error) = AttachmentTypeCheck.Check(fileName, null, AttachmentSnifferTests.Pdf());

        Assert.Null(kind);
        Assert.Equal("file", error!.Field);
    }
}
