using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class BudgetingBallotsAsRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Ballots move to budgeting_ballots (ADR 0031). The package has not shipped a release with the old table, so its
            // rows are not carried over; existing rounds take the charter's defaults for the new rules.
            migrationBuilder.DropTable(
                name: "budgeting_round_ballots");

            migrationBuilder.CreateSequence(
                name: "budgeting_ballot_changes");

            migrationBuilder.AddColumn<int>(
                name: "ballot_kind",
                table: "budgeting_rounds",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "maximum_points_per_ballot",
                table: "budgeting_rounds",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "maximum_points_per_project",
                table: "budgeting_rounds",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<bool>(
                name: "show_results_while_voting",
                table: "budgeting_rounds",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "budgeting_ballots",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    voter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    choice = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    cast_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    replacements = table.Column<int>(type: "integer", nullable: false),
                    change = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_ballots", x => new { x.round_id, x.voter_id });
                    table.ForeignKey(
                        name: "fk_budgeting_ballots_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budgeting_ballots_residents_voter_id",
                        column: x => x.voter_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_round_results",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ballots = table.Column<int>(type: "integer", nullable: false),
                    watermark = table.Column<long>(type: "bigint", nullable: false),
                    computed_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgeting_round_results", x => x.round_id);
                    table.ForeignKey(
                        name: "fk_budgeting_round_results_budgeting_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "budgeting_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_ballots_change",
                table: "budgeting_ballots",
                column: "change",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_ballots_round_id_change",
                table: "budgeting_ballots",
                columns: new[] { "round_id", "change" });

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_ballots_voter_id",
                table: "budgeting_ballots",
                column: "voter_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budgeting_ballots");

            migrationBuilder.DropTable(
                name: "budgeting_round_results");

            migrationBuilder.DropColumn(
                name: "ballot_kind",
                table: "budgeting_rounds");

            migrationBuilder.DropColumn(
                name: "maximum_points_per_ballot",
                table: "budgeting_rounds");

            migrationBuilder.DropColumn(
                name: "maximum_points_per_project",
                table: "budgeting_rounds");

            migrationBuilder.DropColumn(
                name: "show_results_while_voting",
                table: "budgeting_rounds");

            migrationBuilder.DropSequence(
                name: "budgeting_ballot_changes");

            migrationBuilder.CreateTable(
                name: "budgeting_round_ballots",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    voter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    approved = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_ballots_round_id_position",
                table: "budgeting_round_ballots",
                columns: new[] { "round_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgeting_round_ballots_voter_id",
                table: "budgeting_round_ballots",
                column: "voter_id");
        }
    }
}
