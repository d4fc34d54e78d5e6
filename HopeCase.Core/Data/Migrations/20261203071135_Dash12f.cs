using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dash12f : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_SubmittedAt_DueAt",
                table: "Requests");

            migrationBuilder.AddColumn<long>(
                name: "FirstDecidedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            // The requests decided before this migration: their first decision from the timeline.
            migrationBuilder.Sql(HopeCase.Core.Requests.FirstDecisionBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedAt_DueAt_FirstDecidedAt",
                table: "Requests",
                columns: new[] { "SubmittedAt", "DueAt", "FirstDecidedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_SubmittedAt_DueAt_FirstDecidedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "FirstDecidedAt",
                table: "Requests");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedAt_DueAt",
                table: "Requests",
                columns: new[] { "SubmittedAt", "DueAt" });
        }
    }
}
