using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReconsiderationStatutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // 第39条第1款 numbers 下落不明 (三) before 法人终止 (四); stored grounds keep their meaning.
            migrationBuilder.Sql(
                "UPDATE \"ReconsiderationSuspensions\" SET \"Ground\" = 7 - \"Ground\" WHERE \"Ground\" IN (3, 4)");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AbandonedOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AcceptanceDeemed",
                table: "ReconsiderationCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CopyReceivedOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // 第39条第1款 numbers 下落不明 (三) before 法人终止 (四); stored grounds keep their meaning.
            migrationBuilder.Sql(
                "UPDATE \"ReconsiderationSuspensions\" SET \"Ground\" = 7 - \"Ground\" WHERE \"Ground\" IN (3, 4)");

            migrationBuilder.DropColumn(
                name: "AbandonedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "AcceptanceDeemed",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "CopyReceivedOn",
                table: "ReconsiderationCases");
        }
    }
}
