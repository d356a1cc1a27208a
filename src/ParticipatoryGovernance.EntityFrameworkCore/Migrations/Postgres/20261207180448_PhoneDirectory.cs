using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PhoneDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "channel_sessions",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    state = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    expires_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_sessions", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "idea_numbers",
                columns: table => new
                {
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    idea_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_numbers", x => new { x.municipality_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "phone_directory",
                columns: table => new
                {
                    phone_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phone_directory", x => x.phone_number);
                });

            migrationBuilder.CreateIndex(
                name: "ix_channel_sessions_expires_at",
                table: "channel_sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_idea_numbers_idea_id",
                table: "idea_numbers",
                column: "idea_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_phone_directory_resident_id",
                table: "phone_directory",
                column: "resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_sessions");

            migrationBuilder.DropTable(
                name: "idea_numbers");

            migrationBuilder.DropTable(
                name: "phone_directory");
        }
    }
}
