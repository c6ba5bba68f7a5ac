using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    DraftingUnit = table.Column<string>(type: "text", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    LegalitySentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalityOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalityPassed = table.Column<bool>(type: "boolean", nullable: true),
                    LegalityText = table.Column<string>(type: "text", nullable: true),
                    FairCompetitionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FairCompetitionText = table.Column<string>(type: "text", nullable: true),
                    FairCompetitionExempt = table.Column<string>(type: "text", nullable: true),
                    DeliberatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Minutes = table.Column<string>(type: "text", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "text", nullable: true),
                    Number = table.Column<string>(type: "text", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedAs = table.Column<string>(type: "text", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FiledWith = table.Column<string>(type: "text", nullable: true),
                    FiledInTime = table.Column<bool>(type: "boolean", nullable: true),
                    FilingReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FilingCompliant = table.Column<bool>(type: "boolean", nullable: true),
                    FilingOutcome = table.Column<int>(type: "integer", nullable: true),
                    FilingReviewText = table.Column<string>(type: "text", nullable: true),
                    CorrectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationText = table.Column<string>(type: "text", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "text", nullable: true),
                    AmendmentDue = table.Column<string>(type: "text", nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Verdict = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            // The library's full-text index (NormativeLibrary): the grams of title and text, and of the title alone, as
            // tsvectors under GIN indexes, and the normalised text that confirms a run.
            migrationBuilder.Sql("CREATE TABLE \"NormativeLibrary\" (\"DocumentId\" integer PRIMARY KEY " +
                "REFERENCES \"NormativeDocuments\" (\"Id\") ON DELETE CASCADE, \"Terms\" tsvector NOT NULL, " +
                "\"TitleTerms\" tsvector NOT NULL, \"Text\" text NOT NULL);");
            migrationBuilder.Sql("CREATE INDEX \"IX_NormativeLibrary_Terms\" ON \"NormativeLibrary\" USING gin " +
                "(\"Terms\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_NormativeLibrary_TitleTerms\" ON \"NormativeLibrary\" USING gin " +
                "(\"TitleTerms\");");
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
