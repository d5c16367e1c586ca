using Portal.Audit.Services;

namespace Portal.Audit.Tests.Unit;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    public void Neutralises_cells_a_spreadsheet_would_run(string value, string expected) => Assert.Equal(expected, AuditCsv.Cell(value));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("a=b", "a=b")]
    [InlineData(null, "")]
    public void Quotes_per_rfc_4180(string? value, string expected) => Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public void Lines_end_with_crlf_and_have_one_cell_per_header()
    {
        var line = AuditCsv.Line(new Models.AuditRecord
        {
            Sequence = 1, Timestamp = DateTime.UtcNow, Category = "features", Action = "x", Outcome = "Success", Actor = "a",
            PreviousHash = AuditHash.Genesis, Hash = new string('f', 64),
        });

        Assert.EndsWith("\r\n", line);
        Assert.Equal(AuditCsv.Header.Length, line.TrimEnd().Split(',').Length);
        Assert.Equal("sequence,timestamp,category,action,outcome,actor,remoteAddress,subject,detail,previousHash,hash\r\n", AuditCsv.HeaderLine());
    }
}
