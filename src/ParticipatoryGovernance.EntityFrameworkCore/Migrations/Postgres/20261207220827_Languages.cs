using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParticipatoryGovernance.EntityFrameworkCore.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "phone_directory",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5)",
                oldMaxLength: 5);

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "notifications",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5)",
                oldMaxLength: 5);

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "notification_preferences",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5)",
                oldMaxLength: 5);

            migrationBuilder.AddColumn<string>(
                name: "name_others",
                table: "neighbourhoods",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "place_others",
                table: "neighbourhood_meetings",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "name_others",
                table: "municipalities",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "province_others",
                table: "municipalities",
                type: "text",
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

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "phone_directory",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(35)",
                oldMaxLength: 35);

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "notifications",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(35)",
                oldMaxLength: 35);

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "notification_preferences",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(35)",
                oldMaxLength: 35);
        }
    }
}
