using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnforcementScaleCoercionPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_DecidedOn",
                table: "EnforcementCases");

            migrationBuilder.AddColumn<string>(
                name: "PublicationUrl",
                table: "EnforcementPowers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "EnforcementPowers",
                type: "date",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_DecisionFigures",
                table: "EnforcementCases",
                columns: new[]
                {
                    "DecidedOn", "Kind", "Outcome", "ReviewGround", "HearingHeldOn", "LegalReviewPassed",
                    "LegalReviewedOn", "DecisionDue", "PublicityDue", "PublishedOn", "OutsideBand", "Amount",
                    "StandardId",
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_FiledOn_Kind",
                table: "EnforcementCases",
                columns: new[] { "FiledOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_Open",
                table: "EnforcementCases",
                column: "UnitId",
                filter: "\"Status\" <> 3");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_UnitId_DecidedOn",
                table: "EnforcementCases",
                columns: new[] { "UnitId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_UnitId_Kind_Status_FiledOn",
                table: "EnforcementCases",
                columns: new[] { "UnitId", "Kind", "Status", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_WithdrawalPending",
                table: "EnforcementCases",
                column: "UnitId",
                filter: "\"OverturnedOn\" IS NOT NULL AND \"WithdrawnOn\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_DecisionFigures",
                table: "EnforcementCases");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_FiledOn_Kind",
                table: "EnforcementCases");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_Open",
                table: "EnforcementCases");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_UnitId_DecidedOn",
                table: "EnforcementCases");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_UnitId_Kind_Status_FiledOn",
                table: "EnforcementCases");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_WithdrawalPending",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "PublicationUrl",
                table: "EnforcementPowers");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "EnforcementPowers");

            migrationBuilder.DropColumn(
                name: "Disposal",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "DisposedOn",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "Measure",
                table: "EnforcementCases");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_DecidedOn",
                table: "EnforcementCases",
                column: "DecidedOn");
        }
    }
}
