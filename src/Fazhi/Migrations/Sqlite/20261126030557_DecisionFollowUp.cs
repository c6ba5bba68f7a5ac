using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EnforcedOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Enforcement",
                table: "ReconsiderationCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardReplyOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.AddColumn<DateOnly>(
                name: "MakerAnsweredOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MakerNotifiedOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PerformanceDue",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PerformanceOrderedOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PerformedOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnforcedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "Enforcement",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "ForwardReplyOn",
                table: "ReconsiderationCases");

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

            migrationBuilder.DropColumn(
                name: "MakerAnsweredOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "MakerNotifiedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "PerformanceDue",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "PerformanceOrderedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "PerformedOn",
                table: "ReconsiderationCases");
        }
    }
}
