using Portal.Publications.Reports.Services;

namespace Portal.Publications.Tests.Reports;

public sealed class SafeMarkdownTests
{
    private readonly SafeMarkdown markdown = new();

    [Fact]
    public void Ordinary_markdown_renders()
    {
        var html = markdown.ToHtml("## Costs\n\n- **One** item\n- [Guidance](https://www.gov.uk/guidance)");

        Assert.Contains("<h2>Costs</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>One</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.gov.uk/guidance\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Text <img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"#\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    public void Raw_html_is_never_markup(string input)
    {
        var html = markdown.ToHtml(input);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_to_script_lose_their_target(string input)
    {
        var html = markdown.ToHtml(input);

        // The words may stay as text; what must go is any target a click could follow.
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_images_are_dropped()
    {
        var html = markdown.ToHtml("![tracker](https://example.org/pixel.gif)");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Empty_text_renders_nothing()
    {
        Assert.Equal("", markdown.ToHtml("  "));
        Assert.Equal("", markdown.ToHtml(null));
    }
}
