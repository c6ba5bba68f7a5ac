using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneExtensionPerDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DeadlineExtensions_OwnerType_OwnerId",
                table: "DeadlineExtensions");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExtensions_OwnerType_OwnerId_RuleKey",
                table: "DeadlineExtensions",
                columns: new[] { "OwnerType", "OwnerId", "RuleKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DeadlineExtensions_OwnerType_OwnerId_RuleKey",
                table: "DeadlineExtensions");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExtensions_OwnerType_OwnerId",
                table: "DeadlineExtensions",
                columns: new[] { "OwnerType", "OwnerId" });
        }
    }
}
