using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Normative : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NormativeCleanups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormativeCleanups", x => x.Id);
                    table.UniqueConstraint("AK_NormativeCleanups_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_NormativeCleanups_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NormativeDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    DraftingUnit = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    LegalitySentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalityOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalityPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    LegalityText = table.Column<string>(type: "TEXT", nullable: true),
                    FairCompetitionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FairCompetitionText = table.Column<string>(type: "TEXT", nullable: true),
                    FairCompetitionExempt = table.Column<string>(type: "TEXT", nullable: true),
                    DeliberatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Number = table.Column<string>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAs = table.Column<string>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiledWith = table.Column<string>(type: "TEXT", nullable: true),
                    FiledInTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    FilingReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FilingCompliant = table.Column<bool>(type: "INTEGER", nullable: true),
                    FilingOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    FilingReviewText = table.Column<string>(type: "TEXT", nullable: true),
                    CorrectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluationText = table.Column<string>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", nullable: true),
                    AmendmentDue = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormativeDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NormativeDocuments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NormativeCleanupEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormativeCleanupEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NormativeCleanupEntries_NormativeCleanups_CampaignId_UnitId",
                        columns: x => new { x.CampaignId, x.UnitId },
                        principalTable: "NormativeCleanups",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NormativeCleanupEntries_NormativeDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "NormativeDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NormativeCleanupEntries_CampaignId_DocumentId",
                table: "NormativeCleanupEntries",
                columns: new[] { "CampaignId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NormativeCleanupEntries_CampaignId_UnitId",
                table: "NormativeCleanupEntries",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_NormativeCleanupEntries_DocumentId",
                table: "NormativeCleanupEntries",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_NormativeCleanups_UnitId",
                table: "NormativeCleanups",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_NormativeDocuments_Number",
                table: "NormativeDocuments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NormativeDocuments_UnitId_IssuedOn",
                table: "NormativeDocuments",
                columns: new[] { "UnitId", "IssuedOn" });

            // The library's full-text index (NormativeLibrary): the bigrams of title and text, and the normalised text
            // that confirms a match; rowid is the document's id.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"NormativeLibrary\" USING fts5(title, terms, text UNINDEXED, " +
                "tokenize = 'unicode61');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"NormativeLibrary\";");

            migrationBuilder.DropTable(
                name: "NormativeCleanupEntries");

            migrationBuilder.DropTable(
                name: "NormativeCleanups");

            migrationBuilder.DropTable(
                name: "NormativeDocuments");
        }
    }
}
