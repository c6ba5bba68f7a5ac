using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LitigationStatutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AgencyAppealedOn",
                table: "LitigationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AppealIntended",
                table: "LitigationCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Appellant",
                table: "LitigationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CoDefendantUnitId",
                table: "LitigationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HeadMustAppear",
                table: "LitigationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NonPerformance",
                table: "LitigationCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OriginalLost",
                table: "LitigationCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Procedure",
                table: "LitigationCases",
                type: "integer",
                nullable: false,
                defaultValue: 1); // cases recorded so far: LitigationProcedure.Ordinary

            migrationBuilder.AddColumn<int>(
                name: "AbsenceReason",
                table: "Hearings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rank",
                table: "Hearings",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LitigationCases_CoDefendantUnitId",
                table: "LitigationCases",
                column: "CoDefendantUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_LitigationCases_Units_CoDefendantUnitId",
                table: "LitigationCases",
                column: "CoDefendantUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LitigationCases_Units_CoDefendantUnitId",
                table: "LitigationCases");

            migrationBuilder.DropIndex(
                name: "IX_LitigationCases_CoDefendantUnitId",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "AgencyAppealedOn",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "AppealIntended",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "Appellant",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "CoDefendantUnitId",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "HeadMustAppear",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "NonPerformance",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "OriginalLost",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "Procedure",
                table: "LitigationCases");

            migrationBuilder.DropColumn(
                name: "AbsenceReason",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "Rank",
                table: "Hearings");
        }
    }
}
