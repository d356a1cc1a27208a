using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class AttendanceSheets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance_sheet_lines",
                columns: table => new
                {
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sheet_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    resident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entered_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_sheet_lines", x => new { x.meeting_id, x.sheet_number, x.line });
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_sheet_lines_meeting_id_resident_id",
                table: "attendance_sheet_lines",
                columns: new[] { "meeting_id", "resident_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_sheet_lines");
        }
    }
}
