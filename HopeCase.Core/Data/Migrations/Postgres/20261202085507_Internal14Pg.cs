using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HopeCase.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Internal14Pg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "SurveyResponses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "SurveyResponses",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InternalServiceId",
                table: "SurveyResponses",
                type: "integer",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "SupportTypeId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "SupportRequestId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "Channel",
                table: "SurveyInvitations",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "BeneficiaryId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "SurveyInvitations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "InternalServiceId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InternalDepartments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameAr = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ContactMobile = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalDepartments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InternalServices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    StaffId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternalServices_InternalDepartments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "InternalDepartments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "InternalDepartments",
                columns: new[] { "Id", "Active", "ContactEmail", "ContactMobile", "ContactName", "NameAr", "NameEn" },
                values: new object[,]
                {
                    { 1, true, null, null, null, "الشؤون المالية", "Finance" },
                    { 2, true, null, null, null, "الإعلام والعلاقات العامة", "Media" },
                    { 3, true, null, null, null, "التطوع", "Volunteering" },
                    { 4, true, null, null, null, "الموارد البشرية", "Human resources" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_Audience_SubmittedAt",
                table: "SurveyResponses",
                columns: new[] { "Audience", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_DepartmentId",
                table: "SurveyResponses",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_InternalServiceId",
                table: "SurveyResponses",
                column: "InternalServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_Audience_CreatedAt",
                table: "SurveyInvitations",
                columns: new[] { "Audience", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_InternalServiceId",
                table: "SurveyInvitations",
                column: "InternalServiceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InternalDepartments_NameAr",
                table: "InternalDepartments",
                column: "NameAr",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InternalServices_CreatedAt",
                table: "InternalServices",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InternalServices_DepartmentId",
                table: "InternalServices",
                column: "DepartmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyInvitations_InternalServices_InternalServiceId",
                table: "SurveyInvitations",
                column: "InternalServiceId",
                principalTable: "InternalServices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyResponses_InternalDepartments_DepartmentId",
                table: "SurveyResponses",
                column: "DepartmentId",
                principalTable: "InternalDepartments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyResponses_InternalServices_InternalServiceId",
                table: "SurveyResponses",
                column: "InternalServiceId",
                principalTable: "InternalServices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SurveyInvitations_InternalServices_InternalServiceId",
                table: "SurveyInvitations");

            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_InternalDepartments_DepartmentId",
                table: "SurveyResponses");

            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_InternalServices_InternalServiceId",
                table: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "InternalServices");

            migrationBuilder.DropTable(
                name: "InternalDepartments");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_Audience_SubmittedAt",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_DepartmentId",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_InternalServiceId",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyInvitations_Audience_CreatedAt",
                table: "SurveyInvitations");

            migrationBuilder.DropIndex(
                name: "IX_SurveyInvitations_InternalServiceId",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "InternalServiceId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "InternalServiceId",
                table: "SurveyInvitations");

            migrationBuilder.AlterColumn<int>(
                name: "SupportTypeId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "SupportRequestId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Channel",
                table: "SurveyInvitations",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "BeneficiaryId",
                table: "SurveyInvitations",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
