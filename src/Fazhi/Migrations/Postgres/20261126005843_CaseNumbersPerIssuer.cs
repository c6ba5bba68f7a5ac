using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseNumbersPerIssuer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReconsiderationCases_CaseNumber",
                table: "ReconsiderationCases");

            migrationBuilder.DropIndex(
                name: "IX_LitigationCases_CaseNumber_CourtUnitId",
                table: "LitigationCases");

            migrationBuilder.CreateIndex(
                name: "IX_ReconsiderationCases_CaseNumber",
                table: "ReconsiderationCases",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ReconsiderationCases_UnitId_CaseNumber",
                table: "ReconsiderationCases",
                columns: new[] { "UnitId", "CaseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LitigationCases_CaseNumber_CourtUnitId_UnitId",
                table: "LitigationCases",
                columns: new[] { "CaseNumber", "CourtUnitId", "UnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReconsiderationCases_CaseNumber",
                table: "ReconsiderationCases");

            migrationBuilder.DropIndex(
                name: "IX_ReconsiderationCases_UnitId_CaseNumber",
                table: "ReconsiderationCases");

            migrationBuilder.DropIndex(
                name: "IX_LitigationCases_CaseNumber_CourtUnitId_UnitId",
                table: "LitigationCases");

            migrationBuilder.CreateIndex(
                name: "IX_ReconsiderationCases_CaseNumber",
                table: "ReconsiderationCases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LitigationCases_CaseNumber_CourtUnitId",
                table: "LitigationCases",
                columns: new[] { "CaseNumber", "CourtUnitId" },
                unique: true);
        }
    }
}
