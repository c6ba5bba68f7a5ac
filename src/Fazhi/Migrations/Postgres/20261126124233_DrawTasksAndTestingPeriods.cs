using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DrawTasksAndTestingPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InspectionTasks_InspectionPlans_PlanId",
                table: "InspectionTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_InspectionTasks_Units_UnitId",
                table: "InspectionTasks");

            migrationBuilder.DropIndex(
                name: "IX_InspectionTasks_PlanId",
                table: "InspectionTasks");

            migrationBuilder.AddColumn<int[]>(
                name: "InspectorIds",
                table: "InspectionTasks",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<string>(
                name: "ResultSha256",
                table: "InspectionPlans",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Testing",
                table: "EnforcementCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TestingFrom",
                table: "EnforcementCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TestingNotifiedOn",
                table: "EnforcementCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TestingTo",
                table: "EnforcementCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_InspectionPlans_Id_UnitId",
                table: "InspectionPlans",
                columns: new[] { "Id", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTasks_PlanId_UnitId",
                table: "InspectionTasks",
                columns: new[] { "PlanId", "UnitId" });

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionTasks_InspectionPlans_PlanId_UnitId",
                table: "InspectionTasks",
                columns: new[] { "PlanId", "UnitId" },
                principalTable: "InspectionPlans",
                principalColumns: new[] { "Id", "UnitId" },
                onDelete: ReferentialAction.Cascade);

            // The officers of drawn tasks move onto their task, in the order they were written.
            migrationBuilder.Sql(@"UPDATE ""InspectionTasks"" t SET ""InspectorIds"" = i.ids
                FROM (SELECT ""TaskId"", array_agg(""OfficerId"" ORDER BY ""Id"") AS ids
                      FROM ""InspectionTaskInspectors"" GROUP BY ""TaskId"") i
                WHERE i.""TaskId"" = t.""Id""");

            migrationBuilder.DropTable(
                name: "InspectionTaskInspectors");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InspectionTasks_InspectionPlans_PlanId_UnitId",
                table: "InspectionTasks");

            migrationBuilder.DropIndex(
                name: "IX_InspectionTasks_PlanId_UnitId",
                table: "InspectionTasks");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_InspectionPlans_Id_UnitId",
                table: "InspectionPlans");

            migrationBuilder.DropColumn(
                name: "ResultSha256",
                table: "InspectionPlans");

            migrationBuilder.DropColumn(
                name: "Testing",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "TestingFrom",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "TestingNotifiedOn",
                table: "EnforcementCases");

            migrationBuilder.DropColumn(
                name: "TestingTo",
                table: "EnforcementCases");

            migrationBuilder.CreateTable(
                name: "InspectionTaskInspectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionTaskInspectors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionTaskInspectors_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionTaskInspectors_InspectionTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "InspectionTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTasks_PlanId",
                table: "InspectionTasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTaskInspectors_OfficerId",
                table: "InspectionTaskInspectors",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTaskInspectors_TaskId_OfficerId",
                table: "InspectionTaskInspectors",
                columns: new[] { "TaskId", "OfficerId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionTasks_InspectionPlans_PlanId",
                table: "InspectionTasks",
                column: "PlanId",
                principalTable: "InspectionPlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_InspectionTasks_Units_UnitId",
                table: "InspectionTasks",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(@"INSERT INTO ""InspectionTaskInspectors"" (""TaskId"", ""OfficerId"", ""Version"")
                SELECT t.""Id"", o.id, 0 FROM ""InspectionTasks"" t, unnest(t.""InspectorIds"") WITH ORDINALITY o(id, n)
                ORDER BY t.""Id"", o.n");

            migrationBuilder.DropColumn(
                name: "InspectorIds",
                table: "InspectionTasks");
        }
    }
}
