using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CertificateValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
