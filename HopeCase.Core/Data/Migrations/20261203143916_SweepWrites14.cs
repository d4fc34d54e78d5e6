using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SweepWrites14 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffNotifications_RecipientRole_Id",
                table: "StaffNotifications");

            migrationBuilder.DropIndex(
                name: "IX_StaffNotifications_RecipientUserId_Id",
                table: "StaffNotifications");

            migrationBuilder.DropIndex(
                name: "IX_RequestNextDeadlines_At",
                table: "RequestNextDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientRole_Id",
                table: "StaffNotifications",
                columns: new[] { "RecipientRole", "Id" },
                filter: "\"RecipientRole\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientUserId_Id",
                table: "StaffNotifications",
                columns: new[] { "RecipientUserId", "Id" },
                filter: "\"RecipientUserId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffNotifications_RecipientRole_Id",
                table: "StaffNotifications");

            migrationBuilder.DropIndex(
                name: "IX_StaffNotifications_RecipientUserId_Id",
                table: "StaffNotifications");

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientRole_Id",
                table: "StaffNotifications",
                columns: new[] { "RecipientRole", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientUserId_Id",
                table: "StaffNotifications",
                columns: new[] { "RecipientUserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestNextDeadlines_At",
                table: "RequestNextDeadlines",
                column: "At");
        }
    }
}
