using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.CallRouting.Agreements.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PartnerTenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    QueueCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MaxConcurrentCalls = table.Column<int>(type: "integer", nullable: false),
                    HoursJson = table.Column<string>(type: "text", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevokedByTenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverflowAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerOverflowCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgreementId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PartnerTenant = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CallId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    QueueCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OverflowedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OverflowedUnixMs = table.Column<long>(type: "bigint", nullable: false)
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
