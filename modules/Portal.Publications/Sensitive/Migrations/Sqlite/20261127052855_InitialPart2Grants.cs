using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Publications.Sensitive.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialPart2Grants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportAccessGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Grantee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAccessGrants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportAccessGrants_Reference_Grantee",
                table: "ReportAccessGrants",
                columns: new[] { "Reference", "Grantee" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportAccessGrants");
        }
    }
}
