using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Attachments;

/// <summary>
/// Reads an attachment upload (multipart/form-data: <c>file</c>, <c>title</c>, <c>classification</c>) section by
/// section, with a cap on everything: the file is counted while it is read and refused with 413 the moment it passes
/// the limit, the other fields are small, the number of parts is bounded. Nothing is buffered to disk and nothing is
/// stored here: the caller gets the upload or the answer to give.
/// </summary>
public static class AttachmentUploadReader
{
    /// <summary>Room for the multipart boundaries, part headers and the small fields around the file.</summary>
    public const long EnvelopeBytes = 64 * 1024;

    private const int MaxSections = 8;
    private const int MaxFieldBytes = 4 * 1024;
    private const int MaxBoundaryLength = 70;

    /// <param name="otherFields">
    /// Receives the small fields besides title and classification (the editors' upload page's antiforgery token and
    /// report version), so a page can check them without a second read of the body; null: they are ignored.
    /// </param>
    public static async Task<(AttachmentUpload? Upload, IResult? Problem)> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken,
        IDictionary<string, string>? otherFields = null)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the attachment as multipart/form-data.",
                detail: "The parts are file, title and classification."));
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength)
        {
            return (null, Invalid("body", "The multipart boundary is missing or too long."));
        }

        if (request.ContentLength > maxFileBytes + EnvelopeBytes)
        {
            return (null, TooLarge(maxFileBytes));
        }

        // Kestrel's own default (30 MB) would otherwise decide instead of the configured limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxFileBytes + EnvelopeBytes;
        }

        try
        {
            return await ReadSectionsAsync(new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 }, maxFileBytes, otherFields, cancellationToken);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxFileBytes));
        }
        catch (InvalidDataException)
        {
            return (null, Invalid("body", "The multipart body is malformed."));
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, Invalid("body", "The multipart body ended early."));
        }
    }

    private static async Task<(AttachmentUpload? Upload, IResult? Problem)> ReadSectionsAsync(MultipartReader reader, long maxFileBytes,
        IDictionary<string, string>? otherFields, CancellationToken cancellationToken)
    {
        string? fileName = null, declaredType = null, title = null, classification = null;
        byte[]? content = null;
        var sections = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (++sections > MaxSections)
            {
                return (null, Invalid("body", $"Send at most {MaxSections} parts: file, title and classification."));
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                return (null, Invalid("body", "Every part needs Content-Disposition: form-data with a name."));
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                if (!string.Equals(name, AttachmentTypeCheck.Field, StringComparison.OrdinalIgnoreCase) || content is not null)
                {
                    return (null, Invalid(AttachmentTypeCheck.Field, "Send exactly one file, in the part named file."));
                }

                content = await ReadCappedAsync(section.Body, maxFileBytes, cancellationToken);
                if (content is null)
                {
                    return (null, TooLarge(maxFileBytes));
                }

                fileName = CleanFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                declaredType = section.ContentType;
                continue;
            }

            var bytes = await ReadCappedAsync(section.Body, MaxFieldBytes, cancellationToken);
            if (bytes is null)
            {
                return (null, Invalid(name, $"The field may be at most {MaxFieldBytes} bytes."));
            }

            var value = Encoding.UTF8.GetString(bytes);
            if (string.Equals(name, "title", StringComparison.OrdinalIgnoreCase))
            {
                title = value.Trim();
            }
            else if (string.Equals(name, "classification", StringComparison.OrdinalIgnoreCase))
            {
                classification = value.Trim();
            }
            else if (otherFields is not null)
            {
                otherFields[name] = value;
            }
        }

        var errors = new Dictionary<string, string[]>();
        if (content is null || content.Length == 0)
        {
            errors[AttachmentTypeCheck.Field] = ["Choose a file to upload: PDF, DOCX, ODT or CSV."];
        }
        else if (string.IsNullOrEmpty(fileName) || fileName.Length > ReportLimits.FileName)
        {
            errors[AttachmentTypeCheck.Field] = [$"The file needs a name of at most {ReportLimits.FileName} characters."];
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            errors["title"] = ["Enter a title for the attachment."];
        }
        else if (title.Length > ReportLimits.Title)
        {
            errors["title"] = [$"Enter at most {ReportLimits.Title} characters."];
        }

        if (string.IsNullOrWhiteSpace(classification))
        {
            errors["classification"] = ["Choose the classification: OFFICIAL-PUBLIC (published with Part 1) or OFFICIAL-SENSITIVE (Part 2 only)."];
        }

        return errors.Count > 0
            ? (null, Results.ValidationProblem(errors, title: "The attachment was not stored: correct the fields named."))
            : (new AttachmentUpload(fileName!, declaredType, content!, title!, classification!), null);
    }

    /// <summary>The whole stream, or null as soon as it passes <paramref name="max"/> bytes.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // Browsers on Windows may send a whole path; only the last segment is the name, and control characters are never kept.
    private static string? CleanFileName(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var name = raw.Replace('\\', '/').Split('/')[^1].Trim();
        return new string(name.Where(c => !char.IsControl(c)).ToArray());
    }

    internal static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The attachment was not stored: correct the fields named.");

    private static IResult TooLarge(long maxFileBytes) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The attachment is too large.", detail: $"An attachment may be at most {maxFileBytes} bytes ({maxFileBytes / (1024.0 * 1024.0):0.#} MB).",
        extensions: new Dictionary<string, object?> { ["maxBytes"] = maxFileBytes });
}
