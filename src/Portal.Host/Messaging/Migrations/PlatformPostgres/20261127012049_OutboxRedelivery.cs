using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Host.Messaging.Migrations.PlatformPostgres
{
    /// <inheritdoc />
    public partial class OutboxRedelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MessageId",
                schema: "platform",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Redelivery",
                schema: "platform",
                table: "OutboxMessages",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MessageId",
                schema: "platform",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Redelivery",
                schema: "platform",
                table: "OutboxMessages");
        }
    }
}
