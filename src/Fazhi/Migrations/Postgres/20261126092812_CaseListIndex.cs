using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_UnitId_Kind_Status_FiledOn",
                table: "EnforcementCases",
                columns: new[] { "UnitId", "Kind", "Status", "FiledOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_UnitId_Kind_Status_FiledOn",
                table: "EnforcementCases");
        }
    }
}
