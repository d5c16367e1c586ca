using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Publications.Reports.Data;

#nullable disable

namespace Portal.Publications.Reports.Migrations.Sqlite
{
    /// <summary>
    /// The FTS5 index of the public rows. Written by hand: EF Core has no model for a virtual table or triggers, so the
    /// model (and its snapshot) do not change. Triggers keep the index in step with "PublicReports", which holds only the
    /// latest published Part 1 text, so superseded and withdrawn text leaves the index in the same transaction.
    /// The index has its own "ReportId" column rather than sharing rowids: "PublicReports" has a GUID key, so its
    /// rowids are not stable (VACUUM may renumber them).
    /// </summary>
    [DbContext(typeof(PublicationsSqliteDbContext))]
    [Migration("20261127060000_PublicReportsFullText")]
    public partial class PublicReportsFullText : Migration
    {
        private const string Columns = "ReportId, Title, Summary, Body";
        private const string NewValues = "new.\"ReportId\", new.\"Title\", new.\"Summary\", new.\"SearchText\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // porter: English stemming, as PostgreSQL's english configuration does; remove_diacritics: "cafe" finds "café".
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "PublicReportsText" USING fts5(ReportId UNINDEXED, Title, Summary, Body, tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "PublicReportsText_AfterInsert" AFTER INSERT ON "PublicReports" BEGIN
                    INSERT INTO "PublicReportsText" ({Columns}) VALUES ({NewValues});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "PublicReportsText_AfterUpdate" AFTER UPDATE OF "ReportId", "Title", "Summary", "SearchText" ON "PublicReports" BEGIN
                    DELETE FROM "PublicReportsText" WHERE ReportId = old."ReportId";
                    INSERT INTO "PublicReportsText" ({Columns}) VALUES ({NewValues});
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PublicReportsText_AfterDelete" AFTER DELETE ON "PublicReports" BEGIN
                    DELETE FROM "PublicReportsText" WHERE ReportId = old."ReportId";
                END;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "PublicReportsText" ({Columns}) SELECT "ReportId", "Title", "Summary", "SearchText" FROM "PublicReports";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "PublicReportsText_AfterDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "PublicReportsText_AfterUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "PublicReportsText_AfterInsert";""");
            migrationBuilder.Sql("""DROP TABLE "PublicReportsText";""");
        }
    }
}
