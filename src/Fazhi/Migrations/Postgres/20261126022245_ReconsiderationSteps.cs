using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fazhi.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReconsiderationSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommitteeAdvice",
                table: "ReconsiderationCases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CommitteeOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Compensation",
                table: "ReconsiderationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConversionApprover",
                table: "ReconsiderationCases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConvertedOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingHeldOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingNoticeOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingScheduledOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpinionLetterRecipient",
                table: "ReconsiderationCases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpinionLetterReportedOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpinionLetterServedOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpinionsHeardOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RedoWithinDays",
                table: "ReconsiderationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewFirst",
                table: "ReconsiderationCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedViaRespondentOn",
                table: "ReconsiderationCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WrittenReviewReason",
                table: "ReconsiderationCases",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommitteeAdvice",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "CommitteeOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "Compensation",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "ConversionApprover",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "ConvertedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "HearingHeldOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "HearingNoticeOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "HearingScheduledOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "OpinionLetterRecipient",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "OpinionLetterReportedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "OpinionLetterServedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "OpinionsHeardOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "RedoWithinDays",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "ReviewFirst",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "SubmittedViaRespondentOn",
                table: "ReconsiderationCases");

            migrationBuilder.DropColumn(
                name: "WrittenReviewReason",
                table: "ReconsiderationCases");
        }
    }
}
