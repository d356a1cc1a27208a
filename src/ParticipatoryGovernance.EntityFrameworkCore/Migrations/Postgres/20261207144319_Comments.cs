using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Comments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_kind = table.Column<int>(type: "integer", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agenda_item_number = table.Column<int>(type: "integer", nullable: true),
                    neighbourhood_id = table.Column<Guid>(type: "uuid", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    depth = table.Column<int>(type: "integer", nullable: false),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    stance = table.Column<int>(type: "integer", nullable: false),
                    posted_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    last_changed_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    moderation_round = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_comments_comments_parent_id",
                        column: x => x.parent_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_comments_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_comments_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_comments_residents_author_id",
                        column: x => x.author_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "comment_edits",
                columns: table => new
                {
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    previous_body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    previous_stance = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_edits", x => new { x.comment_id, x.position });
                    table.ForeignKey(
                        name: "fk_comment_edits_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "comment_reports",
                columns: table => new
                {
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    reporter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_reports", x => new { x.comment_id, x.position });
                    table.ForeignKey(
                        name: "fk_comment_reports_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_comment_reports_residents_reporter_id",
                        column: x => x.reporter_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "comment_visibility_changes",
                columns: table => new
                {
                    comment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    from_visibility = table.Column<int>(type: "integer", nullable: false),
                    to_visibility = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    by_kind = table.Column<int>(type: "integer", nullable: false),
                    by_official_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    by_official_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    by_resident_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comment_visibility_changes", x => new { x.comment_id, x.position });
                    table.ForeignKey(
                        name: "fk_comment_visibility_changes_comments_comment_id",
                        column: x => x.comment_id,
                        principalTable: "comments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_comment_reports_comment_id_reporter_id_round",
                table: "comment_reports",
                columns: new[] { "comment_id", "reporter_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_comment_reports_reporter_id",
                table: "comment_reports",
                column: "reporter_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_author_id_posted_at",
                table: "comments",
                columns: new[] { "author_id", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_municipality_id_visibility_posted_at",
                table: "comments",
                columns: new[] { "municipality_id", "visibility", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_neighbourhood_id",
                table: "comments",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_parent_id",
                table: "comments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_thread",
                table: "comments",
                columns: new[] { "subject_kind", "subject_id", "agenda_item_number", "posted_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comment_edits");

            migrationBuilder.DropTable(
                name: "comment_reports");

            migrationBuilder.DropTable(
                name: "comment_visibility_changes");

            migrationBuilder.DropTable(
                name: "comments");
        }
    }
}
