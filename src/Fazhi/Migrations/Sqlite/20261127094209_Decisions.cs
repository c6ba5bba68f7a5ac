using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionDirectories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAs = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionDirectories", x => x.Id);
                    table.UniqueConstraint("AK_DecisionDirectories_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_DecisionDirectories_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DecisionDirectoryItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DirectoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadUnit = table.Column<string>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionDirectoryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionDirectoryItems_DecisionDirectories_DirectoryId_UnitId",
                        columns: x => new { x.DirectoryId, x.UnitId },
                        principalTable: "DecisionDirectories",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MajorDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectoryItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadUnit = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CommentFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommentTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShortenedReason = table.Column<string>(type: "TEXT", nullable: true),
                    ParticipationText = table.Column<string>(type: "TEXT", nullable: true),
                    HearingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ParticipationExempt = table.Column<string>(type: "TEXT", nullable: true),
                    ExpertOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpertText = table.Column<string>(type: "TEXT", nullable: true),
                    ExpertExempt = table.Column<string>(type: "TEXT", nullable: true),
                    RiskOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RiskControllable = table.Column<bool>(type: "INTEGER", nullable: true),
                    RiskText = table.Column<string>(type: "TEXT", nullable: true),
                    RiskExempt = table.Column<string>(type: "TEXT", nullable: true),
                    LegalitySentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalityOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalityPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    LegalityText = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", nullable: true),
                    Dissent = table.Column<string>(type: "TEXT", nullable: true),
                    HeadReason = table.Column<string>(type: "TEXT", nullable: true),
                    PartyReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartyReportExempt = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationText = table.Column<string>(type: "TEXT", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Evaluator = table.Column<string>(type: "TEXT", nullable: true),
                    EvaluationText = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MajorDecisions_DecisionDirectoryItems_DirectoryItemId",
                        column: x => x.DirectoryItemId,
                        principalTable: "DecisionDirectoryItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MajorDecisions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDirectories_UnitId_Year",
                table: "DecisionDirectories",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDirectoryItems_DirectoryId_UnitId",
                table: "DecisionDirectoryItems",
                columns: new[] { "DirectoryId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionDirectoryItems_UnitId",
                table: "DecisionDirectoryItems",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MajorDecisions_DirectoryItemId",
                table: "MajorDecisions",
                column: "DirectoryItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MajorDecisions_UnitId_MeetingOn",
                table: "MajorDecisions",
                columns: new[] { "UnitId", "MeetingOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MajorDecisions");

            migrationBuilder.DropTable(
                name: "DecisionDirectoryItems");

            migrationBuilder.DropTable(
                name: "DecisionDirectories");
        }
    }
}
