using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupervisionNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcknowledgeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplyDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolveDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalateDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyText = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResolutionText = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionNotices_TaskAssignments_AssignmentId_IssuerUnitId",
                        columns: x => new { x.AssignmentId, x.IssuerUnitId },
                        principalTable: "TaskAssignments",
                        principalColumns: new[] { "Id", "PlanUnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionNotices_Units_IssuerUnitId",
                        column: x => x.IssuerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionNotices_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionNotices_AssignmentId_Cause",
                table: "SupervisionNotices",
                columns: new[] { "AssignmentId", "Cause" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionNotices_AssignmentId_IssuerUnitId",
                table: "SupervisionNotices",
                columns: new[] { "AssignmentId", "IssuerUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionNotices_IssuerUnitId_Number",
                table: "SupervisionNotices",
                columns: new[] { "IssuerUnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionNotices_PlanId_ResolvedOn",
                table: "SupervisionNotices",
                columns: new[] { "PlanId", "ResolvedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionNotices_UnitId",
                table: "SupervisionNotices",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupervisionNotices");
        }
    }
}
