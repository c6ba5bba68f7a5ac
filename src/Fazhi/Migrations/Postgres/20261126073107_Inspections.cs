using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_FiledOn_Kind",
                table: "EnforcementCases");

            migrationBuilder.CreateTable(
                name: "InspectionObjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    RiskGrade = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionObjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionObjects_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PowerId = table.Column<int>(type: "integer", nullable: false),
                    RatioA = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioB = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioC = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    RatioD = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    InspectorsPerObject = table.Column<int>(type: "integer", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Seed = table.Column<long>(type: "bigint", nullable: true),
                    ObjectsInPool = table.Column<int>(type: "integer", nullable: false),
                    OfficersInPool = table.Column<int>(type: "integer", nullable: false),
                    RecusalsInPool = table.Column<int>(type: "integer", nullable: false),
                    PoolSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionPlans_EnforcementPowers_PowerId",
                        column: x => x.PowerId,
                        principalTable: "EnforcementPowers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionPlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionRecusals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ObjectId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionRecusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionRecusals_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionRecusals_InspectionObjects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "InspectionObjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionPools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionPools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionPools_InspectionPlans_Id",
                        column: x => x.Id,
                        principalTable: "InspectionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ObjectId = table.Column<int>(type: "integer", nullable: false),
                    RiskGrade = table.Column<int>(type: "integer", nullable: false),
                    DrawnOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: true),
                    ResultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublicityDue = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicationUrl = table.Column<string>(type: "character varying(500)",
                        maxLength: 500, nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionTasks_InspectionObjects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "InspectionObjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InspectionTasks_InspectionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "InspectionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionTasks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionTaskInspectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
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
                name: "IX_EnforcementCases_Kind_Status_FiledOn_UnitId",
                table: "EnforcementCases",
                columns: new[] { "Kind", "Status", "FiledOn", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionObjects_UnitId_CreditCode",
                table: "InspectionObjects",
                columns: new[] { "UnitId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionObjects_UnitId_RiskGrade",
                table: "InspectionObjects",
                columns: new[] { "UnitId", "RiskGrade" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPlans_DrawnOn",
                table: "InspectionPlans",
                column: "DrawnOn");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPlans_PowerId",
                table: "InspectionPlans",
                column: "PowerId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionPlans_UnitId_Name",
                table: "InspectionPlans",
                columns: new[] { "UnitId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRecusals_ObjectId",
                table: "InspectionRecusals",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRecusals_OfficerId",
                table: "InspectionRecusals",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionRecusals_UnitId_ObjectId",
                table: "InspectionRecusals",
                columns: new[] { "UnitId", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTaskInspectors_OfficerId",
                table: "InspectionTaskInspectors",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTaskInspectors_TaskId_OfficerId",
                table: "InspectionTaskInspectors",
                columns: new[] { "TaskId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTasks_ObjectId",
                table: "InspectionTasks",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTasks_PlanId",
                table: "InspectionTasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTasks_ResultOn",
                table: "InspectionTasks",
                column: "ResultOn");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionTasks_UnitId_DrawnOn",
                table: "InspectionTasks",
                columns: new[] { "UnitId", "DrawnOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionPools");

            migrationBuilder.DropTable(
                name: "InspectionRecusals");

            migrationBuilder.DropTable(
                name: "InspectionTaskInspectors");

            migrationBuilder.DropTable(
                name: "InspectionTasks");

            migrationBuilder.DropTable(
                name: "InspectionObjects");

            migrationBuilder.DropTable(
                name: "InspectionPlans");

            migrationBuilder.DropIndex(
                name: "IX_EnforcementCases_Kind_Status_FiledOn_UnitId",
                table: "EnforcementCases");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_FiledOn_Kind",
                table: "EnforcementCases",
                columns: new[] { "FiledOn", "Kind" });
        }
    }
}
