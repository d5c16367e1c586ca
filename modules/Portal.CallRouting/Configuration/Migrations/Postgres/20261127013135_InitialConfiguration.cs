using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.CallRouting.Configuration.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialConfiguration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoutingSchedules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WeekJson = table.Column<string>(type: "text", nullable: false),
                    ClosedOnBankHolidays = table.Column<bool>(type: "boolean", nullable: false),
                    OverridesJson = table.Column<string>(type: "text", nullable: false),
                    ManualOverrideJson = table.Column<string>(type: "text", nullable: true),
                    VersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingSchedules", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "RoutingCentres",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StaffedPositions = table.Column<int>(type: "integer", nullable: false),
                    ScheduleCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    VersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StateReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StateChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StateChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingCentres", x => x.Code);
                    table.ForeignKey(
                        name: "FK_RoutingCentres_RoutingSchedules_ScheduleCode",
                        column: x => x.ScheduleCode,
                        principalTable: "RoutingSchedules",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoutingQueues",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Service = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    MaxLength = table.Column<int>(type: "integer", nullable: false),
                    MaxWaitSeconds = table.Column<int>(type: "integer", nullable: false),
                    Announcement = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Distribution = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ScheduleCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    VersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingQueues", x => x.Code);
                    table.ForeignKey(
                        name: "FK_RoutingQueues_RoutingSchedules_ScheduleCode",
                        column: x => x.ScheduleCode,
                        principalTable: "RoutingSchedules",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoutingCentreStateChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CentreCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingCentreStateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoutingCentreStateChanges_RoutingCentres_CentreCode",
                        column: x => x.CentreCode,
                        principalTable: "RoutingCentres",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoutingQueueServingCentres",
                columns: table => new
                {
                    QueueCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CentreCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Preference = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingQueueServingCentres", x => new { x.QueueCode, x.CentreCode });
                    table.ForeignKey(
                        name: "FK_RoutingQueueServingCentres_RoutingCentres_CentreCode",
                        column: x => x.CentreCode,
                        principalTable: "RoutingCentres",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoutingQueueServingCentres_RoutingQueues_QueueCode",
                        column: x => x.QueueCode,
                        principalTable: "RoutingQueues",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingCentres_ScheduleCode",
                table: "RoutingCentres",
                column: "ScheduleCode");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingCentreStateChanges_CentreCode_Id",
                table: "RoutingCentreStateChanges",
                columns: new[] { "CentreCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingQueues_ScheduleCode",
                table: "RoutingQueues",
                column: "ScheduleCode");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingQueues_Service",
                table: "RoutingQueues",
                column: "Service");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingQueueServingCentres_CentreCode",
                table: "RoutingQueueServingCentres",
                column: "CentreCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoutingCentreStateChanges");

            migrationBuilder.DropTable(
                name: "RoutingQueueServingCentres");

            migrationBuilder.DropTable(
                name: "RoutingCentres");

            migrationBuilder.DropTable(
                name: "RoutingQueues");

            migrationBuilder.DropTable(
                name: "RoutingSchedules");
        }
    }
}
