using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Sqlite
{
    /// <summary>
    /// Any number of languages (issue #21): every LocalizedText column gains an <c>..._others</c> column holding its
    /// forms in languages other than Persian and English as a JSON object, and language columns widen from 5 to 35
    /// characters for tags such as <c>ckb</c> or <c>ku-arab-iq</c>. Data migration: existing rows get <c>{}</c> (no
    /// other forms), so their Persian and English read back unchanged; a municipality's optional province gets
    /// <c>{}</c> where it has one and stays null where it has none.
    /// </summary>
    internal partial class Languages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "name_others",
                table: "youth_mayor_campaigns",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "name_others",
                table: "neighbourhoods",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "place_others",
                table: "neighbourhood_meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "name_others",
                table: "municipalities",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "province_others",
                table: "municipalities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("UPDATE municipalities SET province_others = '{}' WHERE province_persian IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name_others",
                table: "youth_mayor_campaigns");

            migrationBuilder.DropColumn(
                name: "name_others",
                table: "neighbourhoods");

            migrationBuilder.DropColumn(
                name: "place_others",
                table: "neighbourhood_meetings");

            migrationBuilder.DropColumn(
                name: "name_others",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "province_others",
                table: "municipalities");
        }
    }
}
