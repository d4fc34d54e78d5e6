using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SweepWrites14Pg : Migration
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

            migrationBuilder.AlterTable(
                name: "RequestNextDeadlines")
                .Annotation("Npgsql:StorageParameter:fillfactor", 50);

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

            migrationBuilder.AlterTable(
                name: "RequestNextDeadlines")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 50);

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
