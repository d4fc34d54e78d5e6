using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Beneficiaries_NameNormalized_BirthDate",
                table: "Beneficiaries");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Beneficiaries",
                type: "TEXT",
                maxLength: 250,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "BeneficiaryNameTokens",
                columns: table => new
                {
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeneficiaryNameTokens", x => new { x.BeneficiaryId, x.Position });
                    table.ForeignKey(
                        name: "FK_BeneficiaryNameTokens_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_BirthDate",
                table: "Beneficiaries",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_NameKey_BirthDate",
                table: "Beneficiaries",
                columns: new[] { "NameKey", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryNameTokens_Token_BeneficiaryId",
                table: "BeneficiaryNameTokens",
                columns: new[] { "Token", "BeneficiaryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BeneficiaryNameTokens");

            migrationBuilder.DropIndex(
                name: "IX_Beneficiaries_BirthDate",
                table: "Beneficiaries");

            migrationBuilder.DropIndex(
                name: "IX_Beneficiaries_NameKey_BirthDate",
                table: "Beneficiaries");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Beneficiaries");

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_NameNormalized_BirthDate",
                table: "Beneficiaries",
                columns: new[] { "NameNormalized", "BirthDate" });
        }
    }
}
