using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "translations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    target_language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    original = table.Column<string>(type: "text", nullable: false),
                    thing_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    thing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    source_language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    translator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    claimed_until = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_translations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_translations_source_hash_target_language",
                table: "translations",
                columns: new[] { "source_hash", "target_language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_translations_state_next_attempt_at",
                table: "translations",
                columns: new[] { "state", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "translations");
        }
    }
}
