using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRectification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Oversights",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Oversights", x => x.Id);
                    table.UniqueConstraint("AK_Oversights_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_Oversights_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OversightId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", nullable: true),
                    MeasuresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewText = table.Column<string>(type: "TEXT", nullable: true),
                    Returns = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationItems", x => x.Id);
                    table.UniqueConstraint("AK_RectificationItems_Id_UnitId", x => new { x.Id, x.UnitId });
                    table.ForeignKey(
                        name: "FK_RectificationItems_Oversights_OversightId_IssuerUnitId",
                        columns: x => new { x.OversightId, x.IssuerUnitId },
                        principalTable: "Oversights",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationItems_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OversightFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OversightId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OversightFindings_Oversights_OversightId_UnitId",
                        columns: x => new { x.OversightId, x.UnitId },
                        principalTable: "Oversights",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OversightFindings_RectificationItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "RectificationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationEvidence_RectificationItems_ItemId_UnitId",
                        columns: x => new { x.ItemId, x.UnitId },
                        principalTable: "RectificationItems",
                        principalColumns: new[] { "Id", "UnitId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OversightFindings_ItemId",
                table: "OversightFindings",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightFindings_OversightId_Number",
                table: "OversightFindings",
                columns: new[] { "OversightId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OversightFindings_OversightId_UnitId",
                table: "OversightFindings",
                columns: new[] { "OversightId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_OversightFindings_UnitId",
                table: "OversightFindings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Oversights_UnitId_StartOn",
                table: "Oversights",
                columns: new[] { "UnitId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationEvidence_IssuerUnitId",
                table: "RectificationEvidence",
                column: "IssuerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationEvidence_ItemId",
                table: "RectificationEvidence",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationEvidence_ItemId_UnitId",
                table: "RectificationEvidence",
                columns: new[] { "ItemId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationEvidence_UnitId",
                table: "RectificationEvidence",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_IssuerUnitId_AssignedOn",
                table: "RectificationItems",
                columns: new[] { "IssuerUnitId", "AssignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_OversightId_IssuerUnitId",
                table: "RectificationItems",
                columns: new[] { "OversightId", "IssuerUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_OversightId_Number",
                table: "RectificationItems",
                columns: new[] { "OversightId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationItems_UnitId_State_DueOn",
                table: "RectificationItems",
                columns: new[] { "UnitId", "State", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OversightFindings");

            migrationBuilder.DropTable(
                name: "RectificationEvidence");

            migrationBuilder.DropTable(
                name: "RectificationItems");

            migrationBuilder.DropTable(
                name: "Oversights");
        }
    }
}
