using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddIdeaListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_citizen_ideas_municipality_id_visibility",
                table: "citizen_ideas");

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "submitted_at", "id" },
                descending: new[] { false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list_by_field",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "field_key", "submitted_at", "id" },
                descending: new[] { false, false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list_by_neighbourhood",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "neighbourhood_id", "submitted_at", "id" },
                descending: new[] { false, false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_list_by_status",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility", "next_version_id", "status", "submitted_at", "id" },
                descending: new[] { false, false, false, false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_citizen_ideas_list",
                table: "citizen_ideas");

            migrationBuilder.DropIndex(
                name: "ix_citizen_ideas_list_by_field",
                table: "citizen_ideas");

            migrationBuilder.DropIndex(
                name: "ix_citizen_ideas_list_by_neighbourhood",
                table: "citizen_ideas");

            migrationBuilder.DropIndex(
                name: "ix_citizen_ideas_list_by_status",
                table: "citizen_ideas");

            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_municipality_id_visibility",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "visibility" });
        }
    }
}
