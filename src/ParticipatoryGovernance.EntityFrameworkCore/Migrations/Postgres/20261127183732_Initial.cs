using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "domain_events",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    aggregate_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aggregate_version = table.Column<long>(type: "bigint", nullable: false),
                    event_type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    recorded_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_domain_events", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    charter = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    name_english = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name_persian = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    province_english = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    province_persian = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "municipality_phase_launches",
                columns: table => new
                {
                    phase = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    launched_on = table.Column<LocalDate>(type: "date", nullable: false),
                    precision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipality_phase_launches", x => new { x.municipality_id, x.phase });
                    table.ForeignKey(
                        name: "fk_municipality_phase_launches_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    anchor = table.Column<string>(type: "jsonb", nullable: false),
                    mayor = table.Column<string>(type: "jsonb", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    name_english = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name_persian = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_neighbourhoods", x => x.id);
                    table.ForeignKey(
                        name: "fk_neighbourhoods_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gender = table.Column<int>(type: "integer", nullable: false),
                    is_active_citizen = table.Column<bool>(type: "boolean", nullable: false),
                    active_citizenship = table.Column<string>(type: "jsonb", nullable: true),
                    birth_date = table.Column<LocalDate>(type: "date", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    name_family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => x.id);
                    table.ForeignKey(
                        name: "fk_residents_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_domain_events_aggregate_id_aggregate_version",
                table: "domain_events",
                columns: new[] { "aggregate_id", "aggregate_version" });

            migrationBuilder.CreateIndex(
                name: "ix_neighbourhoods_municipality_id_number",
                table: "neighbourhoods",
                columns: new[] { "municipality_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_residents_birth_date",
                table: "residents",
                column: "birth_date");

            migrationBuilder.CreateIndex(
                name: "ix_residents_neighbourhood_id_is_active_citizen",
                table: "residents",
                columns: new[] { "neighbourhood_id", "is_active_citizen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "domain_events");

            migrationBuilder.DropTable(
                name: "municipality_phase_launches");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "neighbourhoods");

            migrationBuilder.DropTable(
                name: "municipalities");
        }
    }
}
