using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnforcementOfficers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnforcementOfficers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(40)",
                        maxLength: 40, nullable: false),
                    CertificateValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedById = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementOfficers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementOfficers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficerTrainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy",
                            NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    Course = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficerTrainings_EnforcementOfficers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "EnforcementOfficers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementOfficers_CertificateValidUntil",
                table: "EnforcementOfficers",
                column: "CertificateValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementOfficers_UnitId_CertificateNumber",
                table: "EnforcementOfficers",
                columns: new[] { "UnitId", "CertificateNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementOfficers_UnitId_IdNumber",
                table: "EnforcementOfficers",
                columns: new[] { "UnitId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficerTrainings_OfficerId_Year",
                table: "OfficerTrainings",
                columns: new[] { "OfficerId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficerTrainings");

            migrationBuilder.DropTable(
                name: "EnforcementOfficers");
        }
    }
}
