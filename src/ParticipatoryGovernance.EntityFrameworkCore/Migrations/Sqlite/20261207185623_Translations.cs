using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    source_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    target_language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    original = table.Column<string>(type: "TEXT", nullable: false),
                    thing_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    thing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    source_language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    translator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    claimed_until = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
