using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class AddIdeaCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idea_counts_by_month",
                columns: table => new
                {
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    ideas = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_counts_by_month", x => new { x.municipality_id, x.month, x.status, x.visibility });
                });

            migrationBuilder.CreateTable(
                name: "idea_counts_by_neighbourhood",
                columns: table => new
                {
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    ideas = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idea_counts_by_neighbourhood", x => new { x.municipality_id, x.neighbourhood_id, x.status, x.visibility });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idea_counts_by_month");

            migrationBuilder.DropTable(
                name: "idea_counts_by_neighbourhood");
        }
    }
}
