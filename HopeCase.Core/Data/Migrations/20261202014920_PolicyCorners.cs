using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PolicyCorners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Present",
                table: "SessionMember",
                type: "INTEGER",
                nullable: false,
                // Members of sessions held before attendance was recorded were the members present.
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "ContactId",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommitteeConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserId = table.Column<string>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeConflicts_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffReminderChannels",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    BySms = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffReminderChannels", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "SupporterContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Who = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Offer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupporterContacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ContactId",
                table: "Requests",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeConflicts_AgendaItemId_MemberUserId",
                table: "CommitteeConflicts",
                columns: new[] { "AgendaItemId", "MemberUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupporterContacts_At",
                table: "SupporterContacts",
                column: "At");

            migrationBuilder.AddForeignKey(
                name: "FK_Requests_Contacts_ContactId",
                table: "Requests",
                column: "ContactId",
                principalTable: "Contacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Requests_Contacts_ContactId",
                table: "Requests");

            migrationBuilder.DropTable(
                name: "CommitteeConflicts");

            migrationBuilder.DropTable(
                name: "StaffReminderChannels");

            migrationBuilder.DropTable(
                name: "SupporterContacts");

            migrationBuilder.DropIndex(
                name: "IX_Requests_ContactId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Present",
                table: "SessionMember");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "Requests");
        }
    }
}
