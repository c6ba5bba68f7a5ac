using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
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
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IncidentalDoneOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IncidentalOutcome",
                table: "ReconsiderationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IncidentalReviewOn",
                table: "ReconsiderationCases",
                type: "date",
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
