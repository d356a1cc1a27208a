using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddBudgetingRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "budgeting_rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    budget = table.Column<long>(type: "INTEGER", nullable: false),
                    voting_opens_on = table.Column<int>(type: "INTEGER", nullable: false),
                    voting_closes_on = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_voter_age = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_projects_per_ballot = table.Column<int>(type: "INTEGER", nullable: false),
                    maximum_projects_per_ballot = table.Column<int>(type: "INTEGER", nullable: false),
                    closed_on = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    area = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_budgeting_rounds_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_budgeting_rounds_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_round_ballots",
                columns: table => new
                {
                    voter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    approved = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_round_ballots", x => new { x.round_id, x.voter_id });
                    table.ForeignKey(
                        name: "fk_budgeting_round_ballots_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budgeting_round_ballots_residents_voter_id",
                        column: x => x.voter_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_round_projects",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    idea_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    cost = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_round_projects", x => new { x.round_id, x.position });
                    table.ForeignKey(
                        name: "fk_budgeting_round_projects_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budgeting_round_projects_citizen_ideas_idea_id",
                        column: x => x.idea_id,
                        principalTable: "citizen_ideas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_ballots_round_id_position",
                table: "budgeting_round_ballots",
                columns: new[] { "round_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_ballots_voter_id",
                table: "budgeting_round_ballots",
                column: "voter_id");

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_projects_idea_id",
                table: "budgeting_round_projects",
                column: "idea_id");

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_projects_round_id_idea_id",
                table: "budgeting_round_projects",
                columns: new[] { "round_id", "idea_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_rounds_municipality_id_voting_opens_on",
                table: "budgeting_rounds",
                columns: new[] { "municipality_id", "voting_opens_on" });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_rounds_neighbourhood_id",
                table: "budgeting_rounds",
                column: "neighbourhood_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budgeting_round_ballots");

            migrationBuilder.DropTable(
                name: "budgeting_round_projects");

            migrationBuilder.DropTable(
                name: "budgeting_rounds");
        }
    }
}
