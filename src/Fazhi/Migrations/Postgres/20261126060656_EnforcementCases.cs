using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnforcementCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnforcementStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PowerId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Circumstance = table.Column<string>(type: "character varying(300)",
                        maxLength: 300, nullable: false),
                    MinAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    MaxAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementStandards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementStandards_EnforcementPowers_PowerId",
                        column: x => x.PowerId,
                        principalTable: "EnforcementPowers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PowerId = table.Column<int>(type: "integer", nullable: false),
                    PartyKind = table.Column<int>(type: "integer", nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartyCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Facts = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionDue = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewGround = table.Column<int>(type: "integer", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingNotified = table.Column<bool>(type: "boolean", nullable: false),
                    HearingRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HearingHeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalReviewer = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LegalReviewPassed = table.Column<bool>(type: "boolean", nullable: true),
                    LegalReviewOpinion = table.Column<string>(type: "text", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    Sorts = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    StandardId = table.Column<int>(type: "integer", nullable: true),
                    OutsideBand = table.Column<bool>(type: "boolean", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveredOnSpot = table.Column<bool>(type: "boolean", nullable: false),
                    PublicityDue = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicationUrl = table.Column<string>(type: "character varying(500)",
                        maxLength: 500, nullable: true),
                    ExecutedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_EnforcementPowers_PowerId",
                        column: x => x.PowerId,
                        principalTable: "EnforcementPowers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_EnforcementStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "EnforcementStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnforcementCases_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementCaseHandlers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecusedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecusalApplicant = table.Column<int>(type: "integer", nullable: true),
                    RecusalReason = table.Column<string>(type: "character varying(500)",
                        maxLength: 500, nullable: true),
                    RecusalDecidedBy = table.Column<string>(type: "character varying(50)",
                        maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementCaseHandlers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementCaseHandlers_EnforcementCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "EnforcementCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnforcementCaseHandlers_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementRecords_EnforcementCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "EnforcementCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementRecordFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementRecordFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementRecordFiles_EnforcementRecords_Id",
                        column: x => x.Id,
                        principalTable: "EnforcementRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseHandlers_CaseId_OfficerId",
                table: "EnforcementCaseHandlers",
                columns: new[] { "CaseId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCaseHandlers_OfficerId",
                table: "EnforcementCaseHandlers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_DecidedOn",
                table: "EnforcementCases",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_FiledOn_Kind",
                table: "EnforcementCases",
                columns: new[] { "FiledOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_PowerId",
                table: "EnforcementCases",
                column: "PowerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_StandardId",
                table: "EnforcementCases",
                column: "StandardId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_UnitId_FiledOn",
                table: "EnforcementCases",
                columns: new[] { "UnitId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementCases_UnitId_Number",
                table: "EnforcementCases",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementRecords_CaseId",
                table: "EnforcementRecords",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementStandards_PowerId",
                table: "EnforcementStandards",
                column: "PowerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnforcementCaseHandlers");

            migrationBuilder.DropTable(
                name: "EnforcementRecordFiles");

            migrationBuilder.DropTable(
                name: "EnforcementRecords");

            migrationBuilder.DropTable(
                name: "EnforcementCases");

            migrationBuilder.DropTable(
                name: "EnforcementStandards");
        }
    }
}
