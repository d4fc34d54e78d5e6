using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NextDeadlines13Pg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RequestNextDeadlines",
                columns: table => new
                {
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    RequestVersion = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestNextDeadlines", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_RequestNextDeadlines_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestNextDeadlines_At",
                table: "RequestNextDeadlines",
                column: "At");

            // Each request's next check moves to its row before the column goes.
            migrationBuilder.Sql(HopeCase.Core.Requests.NextDeadlineBackfill.Up);

            migrationBuilder.DropIndex(
                name: "IX_Requests_NextDeadlineAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NextDeadlineAt",
                table: "Requests");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NextDeadlineAt",
                table: "Requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_NextDeadlineAt",
                table: "Requests",
                column: "NextDeadlineAt");

            migrationBuilder.Sql(HopeCase.Core.Requests.NextDeadlineBackfill.Down);

            migrationBuilder.DropTable(
                name: "RequestNextDeadlines");
        }
    }
}
