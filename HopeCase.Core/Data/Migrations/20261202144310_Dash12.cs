using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dash12 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_SubmittedAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_RequestEvents_To_At",
                table: "RequestEvents");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_DashboardCells",
                table: "SurveyResponses",
                columns: new[] { "Audience", "SubmittedAt", "Channel", "SupportTypeId", "RecordedById", "Overall", "Courtesy", "Clarity", "Speed", "Ease", "Recommend" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_DashboardStaff",
                table: "SurveyResponses",
                columns: new[] { "Audience", "SubmittedAt", "ProviderId", "ProviderName", "RecordedById", "Overall", "Courtesy", "Clarity", "Speed", "Ease", "Recommend" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedAt_DueAt",
                table: "Requests",
                columns: new[] { "SubmittedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_From_To_At",
                table: "RequestEvents",
                columns: new[] { "From", "To", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_To_At_SupportRequestId",
                table: "RequestEvents",
                columns: new[] { "To", "At", "SupportRequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_DashboardCells",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_DashboardStaff",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_Requests_SubmittedAt_DueAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_RequestEvents_From_To_At",
                table: "RequestEvents");

            migrationBuilder.DropIndex(
                name: "IX_RequestEvents_To_At_SupportRequestId",
                table: "RequestEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedAt",
                table: "Requests",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_To_At",
                table: "RequestEvents",
                columns: new[] { "To", "At" });
        }
    }
}
