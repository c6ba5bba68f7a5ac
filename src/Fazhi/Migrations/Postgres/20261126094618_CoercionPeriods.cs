using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoercionPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Disposal",
                table: "EnforcementCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisposedOn",
                table: "EnforcementCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Measure",
                table: "EnforcementCases",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Disposal",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "DisposedOn",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "Measure",
                table: "EnforcementCases");
        }
    }
}
