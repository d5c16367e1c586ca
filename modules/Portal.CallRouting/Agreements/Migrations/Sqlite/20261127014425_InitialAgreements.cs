using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.CallRouting.Agreements.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OverflowAgreements",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartnerTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QueueCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaxConcurrentCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursJson = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RevokedByTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverflowAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerOverflowCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartnerTenant = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CallId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    QueueCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OverflowedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OverflowedUnixMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerOverflowCalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OverflowAgreements_PartnerTenant",
                table: "OverflowAgreements",
                column: "PartnerTenant");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOverflowCalls_OverflowedUnixMs",
                table: "PartnerOverflowCalls",
                column: "OverflowedUnixMs");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOverflowCalls_PartnerTenant_CallId",
                table: "PartnerOverflowCalls",
                columns: new[] { "PartnerTenant", "CallId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OverflowAgreements");

            migrationBuilder.DropTable(
                name: "PartnerOverflowCalls");
        }
    }
}
