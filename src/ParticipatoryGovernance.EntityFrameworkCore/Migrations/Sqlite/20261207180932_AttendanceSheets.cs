using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
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
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sheet_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entered_at = table.Column<long>(type: "INTEGER", nullable: false)
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
