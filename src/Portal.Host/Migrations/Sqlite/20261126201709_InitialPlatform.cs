using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UrlPrefix = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Hosts = table.Column<string>(type: "TEXT", nullable: false),
                    EnabledFeatures = table.Column<string>(type: "TEXT", nullable: false),
                    InstalledFeatures = table.Column<string>(type: "TEXT", nullable: false),
                    AllowedFeatures = table.Column<string>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SetupRecipe = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SetupError = table.Column<string>(type: "TEXT", nullable: true),
                    Properties = table.Column<string>(type: "TEXT", nullable: false),
                    VersionId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_UrlPrefix",
                table: "Tenants",
                column: "UrlPrefix",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
