using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicPublicChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicReference",
                table: "Requests",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PublicCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAtMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAtMs = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicCodes_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackLocks",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Misses = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStartMs = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntilMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackLocks", x => x.Reference);
                });

            // Requests made before this migration get their random public reference here (SQLite's random() runs per row
            // and per call); the unique index below then holds. The alphabet is PublicReferences.Alphabet.
            migrationBuilder.Sql("UPDATE Requests SET PublicReference = substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) || substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (abs(random()) % 31) + 1, 1) WHERE PublicReference = '';");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_PublicReference",
                table: "Requests",
                column: "PublicReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicCodes_SupportRequestId_Purpose_CreatedAtMs",
                table: "PublicCodes",
                columns: new[] { "SupportRequestId", "Purpose", "CreatedAtMs" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackLocks_WindowStartMs",
                table: "TrackLocks",
                column: "WindowStartMs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicCodes");

            migrationBuilder.DropTable(
                name: "TrackLocks");

            migrationBuilder.DropIndex(
                name: "IX_Requests_PublicReference",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "PublicReference",
                table: "Requests");
        }
    }
}
