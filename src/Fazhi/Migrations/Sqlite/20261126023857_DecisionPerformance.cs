using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
