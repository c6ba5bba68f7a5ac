using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssessmentAndYearReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorSystems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Audience = table.Column<string>(type: "text", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorSystems", x => x.Id);
                    table.UniqueConstraint("AK_IndicatorSystems_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_IndicatorSystems_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Measures = table.Column<string>(type: "text", nullable: false),
                    Shortcomings = table.Column<string>(type: "text", nullable: false),
                    Leadership = table.Column<string>(type: "text", nullable: false),
                    NextYear = table.Column<string>(type: "text", nullable: false),
                    Other = table.Column<string>(type: "text", nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicationUrl = table.Column<string>(type: "text", nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SystemId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AssessorUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    SelfDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FinalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Total = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.UniqueConstraint("AK_Assessments_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_Assessments_IndicatorSystems_SystemId_AssessorUnitId",
                        columns: x => new { x.SystemId, x.AssessorUnitId },
                        principalTable: "IndicatorSystems",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Units_AssessorUnitId",
                        column: x => x.AssessorUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SystemId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Points = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    Method = table.Column<int>(type: "integer", nullable: true),
                    FigureKey = table.Column<string>(type: "text", nullable: true),
                    Target = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    PerEvent = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    Standard = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_IndicatorSystems_SystemId_UnitId",
                        columns: x => new { x.SystemId, x.UnitId },
                        principalTable: "IndicatorSystems",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Indicators_Indicators_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Indicators",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AssessmentEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AssessorUnitId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    UploadedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_Assessments_AssessmentId_UnitId",
                        columns: x => new { x.AssessmentId, x.UnitId },
                        principalTable: "Assessments",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AssessorUnitId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    SelfScore = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    SelfNote = table.Column<string>(type: "text", nullable: true),
                    AutoScore = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    AutoNote = table.Column<string>(type: "text", nullable: true),
                    ReviewScore = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    Objection = table.Column<string>(type: "text", nullable: true),
                    ObjectionAccepted = table.Column<bool>(type: "boolean", nullable: true),
                    ObjectionReply = table.Column<string>(type: "text", nullable: true),
                    FinalScore = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_Assessments_AssessmentId_UnitId",
                        columns: x => new { x.AssessmentId, x.UnitId },
                        principalTable: "Assessments",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentScores_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_AssessmentId_IndicatorId",
                table: "AssessmentEvidence",
                columns: new[] { "AssessmentId", "IndicatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_AssessmentId_UnitId",
                table: "AssessmentEvidence",
                columns: new[] { "AssessmentId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_AssessorUnitId",
                table: "AssessmentEvidence",
                column: "AssessorUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_IndicatorId",
                table: "AssessmentEvidence",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_UnitId",
                table: "AssessmentEvidence",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_AssessorUnitId",
                table: "Assessments",
                column: "AssessorUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SystemId_AssessorUnitId",
                table: "Assessments",
                columns: new[] { "SystemId", "AssessorUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SystemId_UnitId",
                table: "Assessments",
                columns: new[] { "SystemId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_UnitId_Year",
                table: "Assessments",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessmentId_IndicatorId",
                table: "AssessmentScores",
                columns: new[] { "AssessmentId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessmentId_UnitId",
                table: "AssessmentScores",
                columns: new[] { "AssessmentId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_AssessorUnitId",
                table: "AssessmentScores",
                column: "AssessorUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_IndicatorId",
                table: "AssessmentScores",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentScores_UnitId",
                table: "AssessmentScores",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ParentId",
                table: "Indicators",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SystemId_UnitId",
                table: "Indicators",
                columns: new[] { "SystemId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_UnitId",
                table: "Indicators",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorSystems_UnitId_Year",
                table: "IndicatorSystems",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_YearReports_UnitId_Year",
                table: "YearReports",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearReports_Year",
                table: "YearReports",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentEvidence");

            migrationBuilder.DropTable(
                name: "AssessmentScores");

            migrationBuilder.DropTable(
                name: "YearReports");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "IndicatorSystems");
        }
    }
}
