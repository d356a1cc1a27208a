using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_citizen_ideas_figures",
                table: "citizen_ideas",
                columns: new[] { "municipality_id", "next_version_id", "first_submitted_at", "status", "visibility", "neighbourhood_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_citizen_ideas_figures",
                table: "citizen_ideas");
        }
    }
}
