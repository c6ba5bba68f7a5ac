using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IncidentalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IncidentalDocument",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IncidentalDoneOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IncidentalOutcome",
                table: "ReconsiderationCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IncidentalReviewOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IncidentalDocument",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "IncidentalDoneOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "IncidentalOutcome",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "IncidentalReviewOn",
                table: "ReconsiderationCases");
        }
    }
}
