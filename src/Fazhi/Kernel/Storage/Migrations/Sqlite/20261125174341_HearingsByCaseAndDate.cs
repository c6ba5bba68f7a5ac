using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Kernel.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HearingsByCaseAndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hearings_CaseId",
                table: "Hearings");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_CaseId_HeldOn",
                table: "Hearings",
                columns: new[] { "CaseId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hearings_CaseId_HeldOn",
                table: "Hearings");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_CaseId",
                table: "Hearings",
                column: "CaseId");
        }
    }
}
