using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DueListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_Open",
                table: "EnforcementCases",
                column: "UnitId",
                filter: "\"Status\" <> 3");

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
                name: "IX_EnforcementCases_Open",
                table: "EnforcementCases");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_WithdrawalPending",
                table: "EnforcementCases");
        }
    }
}
