using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Corners2Tools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Guides",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Guides",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Guides",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Guides");
        }
    }
}
