using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IncidentalReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardReplyOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MakerAnsweredOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MakerNotifiedOn",
                table: "ReconsiderationCases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ForwardReplyOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "MakerAnsweredOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "MakerNotifiedOn",
                table: "ReconsiderationCases");
        }
    }
}
