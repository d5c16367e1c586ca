using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Host.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "platform");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TenantDatabaseSecrets",
                schema: "platform",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RoleName = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    SchemaName = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ProtectedPassword = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantDatabaseSecrets", x => x.TenantName);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                schema: "platform",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UrlPrefix = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Hosts = table.Column<List<string>>(type: "text[]", nullable: false),
                    EnabledFeatures = table.Column<List<string>>(type: "text[]", nullable: false),
                    InstalledFeatures = table.Column<List<string>>(type: "text[]", nullable: false),
                    AllowedFeatures = table.Column<List<string>>(type: "text[]", nullable: false),
                    Theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SetupRecipe = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SetupError = table.Column<string>(type: "text", nullable: true),
                    Properties = table.Column<string>(type: "text", nullable: false),
                    VersionId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_UrlPrefix",
                schema: "platform",
                table: "Tenants",
                column: "UrlPrefix",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "TenantDatabaseSecrets",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "Tenants",
                schema: "platform");
        }
    }
}
