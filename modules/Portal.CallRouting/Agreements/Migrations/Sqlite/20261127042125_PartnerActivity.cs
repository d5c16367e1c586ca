using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.CallRouting.Agreements.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartnerActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "PartnerOverflowCalls",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SettledUnixMs",
                table: "PartnerOverflowCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerContingencyNotices",
                columns: table => new
                {
                    PartnerTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActivationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlanName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Queues = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ActivatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActivatedUnixMs = table.Column<long>(type: "INTEGER", nullable: false),
                    RevertUnixMs = table.Column<long>(type: "INTEGER", nullable: false),
                    RevertedUnixMs = table.Column<long>(type: "INTEGER", nullable: true),
                    RevertedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevertReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RevertedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerContingencyNotices", x => new { x.PartnerTenant, x.ActivationId });
                });

            migrationBuilder.CreateTable(
                name: "SentOverflowCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartnerTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CallId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    QueueCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OverflowedUnixMs = table.Column<long>(type: "INTEGER", nullable: false),
                    SettledUnixMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentOverflowCalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOverflowCalls_CallId",
                table: "PartnerOverflowCalls",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerContingencyNotices_ActivatedUnixMs",
                table: "PartnerContingencyNotices",
                column: "ActivatedUnixMs");

            migrationBuilder.CreateIndex(
                name: "IX_SentOverflowCalls_AgreementId_CallId",
                table: "SentOverflowCalls",
                columns: new[] { "AgreementId", "CallId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentOverflowCalls_SettledUnixMs_OverflowedUnixMs",
                table: "SentOverflowCalls",
                columns: new[] { "SettledUnixMs", "OverflowedUnixMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerContingencyNotices");

            migrationBuilder.DropTable(
                name: "SentOverflowCalls");

            migrationBuilder.DropIndex(
                name: "IX_PartnerOverflowCalls_CallId",
                table: "PartnerOverflowCalls");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "PartnerOverflowCalls");

            migrationBuilder.DropColumn(
                name: "SettledUnixMs",
                table: "PartnerOverflowCalls");
        }
    }
}
