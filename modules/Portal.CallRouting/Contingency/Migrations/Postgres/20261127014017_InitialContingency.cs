using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.CallRouting.Contingency.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialContingency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContingencyActivations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PlanName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlanVersion = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ActivatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevertAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevertedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevertReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NotifyPartners = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContingencyActivations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyActivations_OpenPerPlan",
                table: "ContingencyActivations",
                column: "PlanCode",
                unique: true,
                filter: "\"RevertedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ContingencyActivations_RevertedAt",
                table: "ContingencyActivations",
                column: "RevertedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContingencyActivations");
        }
    }
}
