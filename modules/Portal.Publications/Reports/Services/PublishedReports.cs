using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;
using Portal.Publications.Search;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// Public reading over the public rows and the published version snapshots. It never queries the working copies,
/// the Part 2 sections or the sensitive snapshots, so no draft and no Part 2 body can reach a caller.
/// </summary>
internal sealed class PublishedReports(PublicationsDbContext db, IReportTextSearch textSearch, SafeMarkdown markdown) : IPublishedReports
{
    // Projected in SQL: a row's SearchText (all of Part 1) is never loaded for a result list.
    private static readonly Expression<Func<PublicReportEntry, PublishedReportSummary>> Summary = e =>
        new PublishedReportSummary(e.Reference, e.Title, e.Summary, e.DecisionMaker, e.DecisionDate, e.Tags, e.Version, e.LastPublishedAt, e.IsWithdrawn);

    public async Task<PublishedReportPage> SearchAsync(PublishedReportQuery query, CancellationToken cancellationToken = default)
    {
        var page = query.SafePage;
        var pageSize = query.SafePageSize;
        var text = query.Text is { Length: > PublishedReportQuery.MaxTextLength } ? query.Text[..PublishedReportQuery.MaxTextLength] : query.Text;
        var words = SearchWords.From(text);
        var filters = SearchFilters.From(query.Year, query.DecisionMaker, query.Tag);
        var skip = (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);

        var ranked = words.Count > 0
            ? await textSearch.RankAsync(filters, words, skip, pageSize, cancellationToken)
            : await NewestFirstAsync(filters, skip, pageSize, cancellationToken);
        return new PublishedReportPage(ranked.Items, ranked.Total, page, pageSize);
    }

    private async Task<RankedReports> NewestFirstAsync(SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var entries = db.PublicReports.AsNoTracking();
        if (filters.Year is { } year)
        {
            entries = entries.Where(e => e.DecisionYear == year);
        }

        if (filters.DecisionMaker is { } decisionMaker)
        {
            entries = entries.Where(e => e.DecisionMaker == decisionMaker);
        }

        if (filters.Tag is { } tag)
        {
            entries = entries.Where(e => e.Tags.Contains(tag));
        }

        var items = await entries
            .OrderByDescending(e => e.DecisionDate).ThenBy(e => e.Reference)
            .Skip(skip).Take(take)
            .Select(Summary)
            .ToListAsync(cancellationToken);
        // A first page that is not full is also the last: its length is the count. Otherwise the filters are counted.
        var total = skip == 0 && items.Count < take ? items.Count : await entries.CountAsync(cancellationToken);
        return new RankedReports(items, total);
    }

    public async Task<PublishedReport?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (ReportReference.Normalise(reference) is not { } key)
        {
            return null;
        }

        var entry = await db.PublicReports.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == key, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var versions = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.ReportId == entry.ReportId)
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var latest = versions.First(v => v.Number == entry.Version);
        var snapshot = ReportJson.Deserialize<PublicReportSnapshot>(latest.PublicJson);
        var history = versions.Select(v => new PublishedVersionInfo(v.Number, v.ChangeNote, v.PublishedAt)).ToList();
        var exemptions = snapshot.Exemptions.Select(e => new PublishedExemption(e.ExemptionBasis, e.ReleaseCondition, e.ReleaseOn)).ToList();

        if (entry.IsWithdrawn)
        {
            // The notice stays; the content does not.
            return new PublishedReport(entry.Reference, entry.Title, entry.Summary, entry.DecisionMaker, entry.DecisionDate, entry.Tags,
                snapshot.AuthorName, entry.Version, entry.FirstPublishedAt, entry.LastPublishedAt, [], exemptions, [], history,
                new WithdrawalNotice(entry.WithdrawalReason ?? "", entry.WithdrawnAt ?? entry.LastPublishedAt));
        }

        var sections = snapshot.Sections.Select(s => new PublishedSection(s.Kind, s.Heading, s.Body, markdown.ToHtml(s.Body))).ToList();
        var attachments = snapshot.Attachments.Select(a => new PublishedAttachmentInfo(a.Id, a.Title, a.FileName, a.Kind, a.SizeBytes)).ToList();
        return new PublishedReport(entry.Reference, snapshot.Title, snapshot.Summary, snapshot.DecisionMaker, snapshot.DecisionDate, snapshot.Tags,
            snapshot.AuthorName, entry.Version, entry.FirstPublishedAt, entry.LastPublishedAt, sections, exemptions, attachments, history, null);
    }

    public async Task<IReadOnlyList<PublishedFeedEntry>> GetFeedAsync(int count, CancellationToken cancellationToken = default)
    {
        var take = Math.Clamp(count, 1, PublishedReportQuery.MaxPageSize);

        var newest = await db.PublicReports.AsNoTracking()
            .OrderByDescending(e => e.UpdatedUnixMs).ThenBy(e => e.Reference)
            .Take(take)
            .ToListAsync(cancellationToken);
        var keys = newest.Select(e => e.ReportId).ToList();
        var notes = await db.PublishedVersions.AsNoTracking()
            .Where(v => keys.Contains(v.ReportId))
            .Select(v => new { v.ReportId, v.Number, v.ChangeNote })
            .ToListAsync(cancellationToken);
        return newest.Select(e => new PublishedFeedEntry(
            e.Reference, e.Title, e.Summary, e.DecisionMaker, e.Version,
            notes.FirstOrDefault(n => n.ReportId == e.ReportId && n.Number == e.Version)?.ChangeNote ?? "",
            e.FirstPublishedAt, DateTimeOffset.FromUnixTimeMilliseconds(e.UpdatedUnixMs), e.IsWithdrawn, e.WithdrawalReason)).ToList();
    }

    public async Task<PublishedReportFilters> GetFiltersAsync(CancellationToken cancellationToken = default)
    {
        var years = await db.PublicReports.Select(e => e.DecisionYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var decisionMakers = await db.PublicReports.Select(e => e.DecisionMaker).Distinct().ToListAsync(cancellationToken);
        // SQLite cannot flatten a JSON list in SQL (no APPLY): the lists are short, so they are merged here.
        var tagLists = await db.PublicReports.Select(e => e.Tags).ToListAsync(cancellationToken);
        var tags = tagLists.SelectMany(t => t).Distinct(StringComparer.Ordinal);
        return new PublishedReportFilters(
            years,
            decisionMakers.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            tags.Order(StringComparer.OrdinalIgnoreCase).ToList());
    }
}
