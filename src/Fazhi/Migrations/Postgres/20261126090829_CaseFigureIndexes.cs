using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_DecidedOn",
                table: "EnforcementCases");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_DecisionFigures",
                table: "EnforcementCases",
                columns: new[] { "DecidedOn", "Kind", "Outcome", "ReviewGround", "HearingHeldOn", "LegalReviewPassed", "LegalReviewedOn", "DecisionDue", "PublicityDue", "PublishedOn", "OutsideBand", "Amount", "StandardId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_FiledOn_Kind",
                table: "EnforcementCases",
                columns: new[] { "FiledOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_UnitId_DecidedOn",
                table: "EnforcementCases",
                columns: new[] { "UnitId", "DecidedOn" });
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
                name: "IX_EnforcementCases_UnitId_DecidedOn",
                table: "EnforcementCases");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_DecidedOn",
                table: "EnforcementCases",
                column: "DecidedOn");
        }
    }
}
