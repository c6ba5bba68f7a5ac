using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicityPendingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_PublicityPending",
                table: "EnforcementCases",
                columns: new[] { "PublicityDue", "UnitId" },
                filter: "\"PublishedOn\" IS NULL AND \"PublicityDue\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_PublicityPending",
                table: "EnforcementCases");
        }
    }
}
