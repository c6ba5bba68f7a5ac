using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FileReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewRubrics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRubrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    RubricId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    PoolSize = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewCampaigns_ReviewRubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "ReviewRubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewCampaigns_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewGradeBands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RubricId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Passing = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewGradeBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewGradeBands_ReviewRubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "ReviewRubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRubricItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RubricId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Veto = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRubricItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRubricItems_ReviewRubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "ReviewRubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FileReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    OrganiserUnitId = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    CaseUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Vetoed = table.Column<bool>(type: "boolean", nullable: false),
                    Grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TopGrade = table.Column<bool>(type: "boolean", nullable: false),
                    Passing = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FileReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FileReviews_EnforcementCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "EnforcementCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FileReviews_ReviewCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "ReviewCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FileReviewScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileReviewId = table.Column<int>(type: "integer", nullable: false),
                    RubricItemId = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Triggered = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FileReviewScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FileReviewScores_FileReviews_FileReviewId",
                        column: x => x.FileReviewId,
                        principalTable: "FileReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FileReviews_CampaignId",
                table: "FileReviews",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_FileReviews_CaseId",
                table: "FileReviews",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FileReviews_CaseUnitId_Year",
                table: "FileReviews",
                columns: new[] { "CaseUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_FileReviewScores_FileReviewId",
                table: "FileReviewScores",
                column: "FileReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCampaigns_RubricId",
                table: "ReviewCampaigns",
                column: "RubricId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCampaigns_UnitId_Year",
                table: "ReviewCampaigns",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewGradeBands_RubricId",
                table: "ReviewGradeBands",
                column: "RubricId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRubricItems_RubricId",
                table: "ReviewRubricItems",
                column: "RubricId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRubrics_UnitId",
                table: "ReviewRubrics",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FileReviewScores");

            migrationBuilder.DropTable(
                name: "ReviewGradeBands");

            migrationBuilder.DropTable(
                name: "ReviewRubricItems");

            migrationBuilder.DropTable(
                name: "FileReviews");

            migrationBuilder.DropTable(
                name: "ReviewCampaigns");

            migrationBuilder.DropTable(
                name: "ReviewRubrics");
        }
    }
}
