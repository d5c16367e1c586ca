using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Publications.Reports.Data;

#nullable disable

namespace Portal.Publications.Reports.Migrations.Sqlite
{
    /// <summary>
    /// Makes search read only small things. The first FTS5 table kept its own copy of every row's text and was joined
    /// to "PublicReports" by a GUID: ranking a common word read thousands of large rows twice (its copy for the id,
    /// the public row for the date). Now:
    /// <list type="bullet">
    /// <item>"PublicReports" gets a "SearchKey" (an integer, set once by the insert trigger, never reused) that is the
    /// FTS5 rowid. It is outside the EF model, like the FTS5 table: only the search reads it.</item>
    /// <item>The FTS5 table is contentless: it holds the index alone, and a match gives a rowid without a row read.
    /// A contentless table forgets a row through its 'delete' command with the values it indexed, which the triggers
    /// have as old.*.</item>
    /// <item>Covering indexes: "IX_PublicReports_SearchKey" turns a key into what orders ties and what the filters test
    /// (date, reference, year, decision maker, tags); the three "Listing" indexes are the newest-first list, whole, of
    /// a year and of a decision maker. Neither a search nor a list page reads a public row except the page's own. The
    /// portal does not ANALYZE its databases, so the planner sees no statistics: an index that both narrows and
    /// orders is the one it picks.</item>
    /// </list>
    /// EF Core rebuilds a SQLite table for some changes (copy, drop, rename): a migration that rebuilds "PublicReports"
    /// loses the column and the triggers, and must create both again.
    /// </summary>
    [DbContext(typeof(PublicationsSqliteDbContext))]
    [Migration("20261127120000_ContentlessPublicReportsText")]
    public partial class ContentlessPublicReportsText : Migration
    {
        private const string Indexed = "\"Title\", \"Summary\", \"Body\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("""DROP TABLE "PublicReportsText";""");

            migrationBuilder.Sql("""ALTER TABLE "PublicReports" ADD COLUMN "SearchKey" INTEGER NULL;""");
            migrationBuilder.Sql("""UPDATE "PublicReports" SET "SearchKey" = rowid;""");
            migrationBuilder.Sql("""
                CREATE INDEX "IX_PublicReports_SearchKey" ON "PublicReports"
                    ("SearchKey", "DecisionDate", "Reference", "DecisionYear", "DecisionMaker", "Tags");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_PublicReports_Listing" ON "PublicReports"
                    ("DecisionDate" DESC, "Reference", "DecisionYear", "DecisionMaker", "Tags");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_PublicReports_YearListing" ON "PublicReports"
                    ("DecisionYear", "DecisionDate" DESC, "Reference", "DecisionMaker", "Tags");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_PublicReports_DecisionMakerListing" ON "PublicReports"
                    ("DecisionMaker", "DecisionDate" DESC, "Reference", "DecisionYear", "Tags");
                """);

            // porter: English stemming, as PostgreSQL's english configuration does; remove_diacritics: "cafe" finds "café".
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "PublicReportsText" USING fts5(Title, Summary, Body, content = '', tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "PublicReportsText" (rowid, {Indexed}) SELECT "SearchKey", "Title", "Summary", "SearchText" FROM "PublicReports";
                """);

            // The next key is one above the highest ever given; max() reads the end of the key index.
            migrationBuilder.Sql($"""
                CREATE TRIGGER "PublicReportsText_AfterInsert" AFTER INSERT ON "PublicReports" BEGIN
                    UPDATE "PublicReports" SET "SearchKey" = (SELECT coalesce(max("SearchKey"), 0) + 1 FROM "PublicReports")
                        WHERE rowid = new.rowid;
                    INSERT INTO "PublicReportsText" (rowid, {Indexed})
                        SELECT "SearchKey", new."Title", new."Summary", new."SearchText" FROM "PublicReports" WHERE rowid = new.rowid;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "PublicReportsText_AfterUpdate" AFTER UPDATE OF "Title", "Summary", "SearchText" ON "PublicReports" BEGIN
                    INSERT INTO "PublicReportsText" ("PublicReportsText", rowid, {Indexed})
                        VALUES ('delete', old."SearchKey", old."Title", old."Summary", old."SearchText");
                    INSERT INTO "PublicReportsText" (rowid, {Indexed}) VALUES (new."SearchKey", new."Title", new."Summary", new."SearchText");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "PublicReportsText_AfterDelete" AFTER DELETE ON "PublicReports" BEGIN
                    INSERT INTO "PublicReportsText" ("PublicReportsText", rowid, {Indexed})
                        VALUES ('delete', old."SearchKey", old."Title", old."Summary", old."SearchText");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("""DROP TABLE "PublicReportsText";""");
            migrationBuilder.Sql("""DROP INDEX "IX_PublicReports_DecisionMakerListing";""");
            migrationBuilder.Sql("""DROP INDEX "IX_PublicReports_YearListing";""");
            migrationBuilder.Sql("""DROP INDEX "IX_PublicReports_Listing";""");
            migrationBuilder.Sql("""DROP INDEX "IX_PublicReports_SearchKey";""");
            migrationBuilder.Sql("""ALTER TABLE "PublicReports" DROP COLUMN "SearchKey";""");
            // Back to the first form: PublicReportsFullText's Up builds it again.
            migrationBuilder.Operations.AddRange(new PublicReportsFullText().UpOperations);
        }

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "PublicReportsText_AfterDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "PublicReportsText_AfterUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "PublicReportsText_AfterInsert";""");
        }
    }
}
