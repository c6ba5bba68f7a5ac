using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImplementationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    DocumentNumber = table.Column<string>(type: "text", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationPlans", x => x.Id);
                    table.UniqueConstraint("AK_ImplementationPlans_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_ImplementationPlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    PlanUnitId = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTasks", x => x.Id);
                    table.UniqueConstraint("AK_PlanTasks_Id_PlanUnitId", x => new { x.Id, x.PlanUnitId });
                    table.ForeignKey(
                        name: "FK_PlanTasks_ImplementationPlans_PlanId_PlanUnitId",
                        columns: x => new { x.PlanId, x.PlanUnitId },
                        principalTable: "ImplementationPlans",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    PlanUnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    NameAsWritten = table.Column<string>(type: "text", nullable: false),
                    Match = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAssignments", x => x.Id);
                    table.UniqueConstraint("AK_TaskAssignments_Id_PlanUnitId", x => new { x.Id, x.PlanUnitId });
                    table.ForeignKey(
                        name: "FK_TaskAssignments_ImplementationPlans_PlanId_PlanUnitId",
                        columns: x => new { x.PlanId, x.PlanUnitId },
                        principalTable: "ImplementationPlans",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_PlanTasks_TaskId_PlanUnitId",
                        columns: x => new { x.TaskId, x.PlanUnitId },
                        principalTable: "PlanTasks",
                        principalColumns: new[] { "Id", "PlanUnitId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskAssignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    PlanUnitId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recurs = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskMilestones_PlanTasks_TaskId_PlanUnitId",
                        columns: x => new { x.TaskId, x.PlanUnitId },
                        principalTable: "PlanTasks",
                        principalColumns: new[] { "Id", "PlanUnitId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssignmentId = table.Column<int>(type: "integer", nullable: false),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    PlanUnitId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedBy = table.Column<string>(type: "text", nullable: false),
                    EvidenceName = table.Column<string>(type: "text", nullable: true),
                    EvidenceType = table.Column<string>(type: "text", nullable: true),
                    EvidenceSize = table.Column<long>(type: "bigint", nullable: false),
                    EvidenceSha256 = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_TaskAssignments_AssignmentId_PlanUnitId",
                        columns: x => new { x.AssignmentId, x.PlanUnitId },
                        principalTable: "TaskAssignments",
                        principalColumns: new[] { "Id", "PlanUnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressEvidence_ProgressReports_Id",
                        column: x => x.Id,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationPlans_UnitId_IssuedOn",
                table: "ImplementationPlans",
                columns: new[] { "UnitId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanId_Ordinal",
                table: "PlanTasks",
                columns: new[] { "PlanId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanId_PlanUnitId",
                table: "PlanTasks",
                columns: new[] { "PlanId", "PlanUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanUnitId",
                table: "PlanTasks",
                column: "PlanUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_AssignmentId_Month",
                table: "ProgressReports",
                columns: new[] { "AssignmentId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_AssignmentId_PlanUnitId",
                table: "ProgressReports",
                columns: new[] { "AssignmentId", "PlanUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanId_Month",
                table: "ProgressReports",
                columns: new[] { "PlanId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanUnitId",
                table: "ProgressReports",
                column: "PlanUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_UnitId",
                table: "ProgressReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_PlanId_Match",
                table: "TaskAssignments",
                columns: new[] { "PlanId", "Match" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_PlanId_PlanUnitId",
                table: "TaskAssignments",
                columns: new[] { "PlanId", "PlanUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_PlanUnitId",
                table: "TaskAssignments",
                column: "PlanUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_TaskId_PlanUnitId",
                table: "TaskAssignments",
                columns: new[] { "TaskId", "PlanUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssignments_UnitId",
                table: "TaskAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskMilestones_PlanUnitId_DueOn",
                table: "TaskMilestones",
                columns: new[] { "PlanUnitId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskMilestones_TaskId_PlanUnitId",
                table: "TaskMilestones",
                columns: new[] { "TaskId", "PlanUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgressEvidence");

            migrationBuilder.DropTable(
                name: "TaskMilestones");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "TaskAssignments");

            migrationBuilder.DropTable(
                name: "PlanTasks");

            migrationBuilder.DropTable(
                name: "ImplementationPlans");
        }
    }
}
