using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Kernel.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegisterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ReconsiderationCases_ReceivedOn",
                table: "ReconsiderationCases",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ReconsiderationCases_Status_ReceivedOn",
                table: "ReconsiderationCases",
                columns: new[] { "Status", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReconsiderationCases_ReceivedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropIndex(
                name: "IX_ReconsiderationCases_Status_ReceivedOn",
                table: "ReconsiderationCases");
        }
    }
}
