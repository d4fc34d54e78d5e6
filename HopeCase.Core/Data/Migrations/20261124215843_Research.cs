using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Research : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AssignedAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedResearcherName",
                table: "Requests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClockRound",
                table: "Requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "NextDeadlineAt",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "PausedFor",
                table: "Requests",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeSpan(0, 0, 0, 0, 0));

            migrationBuilder.CreateTable(
                name: "CommitteeSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    HijriYear = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChairUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ChairName = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FileNumbers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    HijriYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FileNumbers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FileNumbers_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FileSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FileSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Registrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Checked = table.Column<int>(type: "INTEGER", nullable: false),
                    FileNumber = table.Column<string>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegisteredByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registrations_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialStudies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResearcherUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ResearcherName = table.Column<string>(type: "TEXT", nullable: true),
                    VisitType = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    NeedsAssessment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Recommendation = table.Column<int>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialStudies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialStudies_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientUserId = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientRole = table.Column<string>(type: "TEXT", nullable: true),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommitteeSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: true),
                    Amount = table.Column<double>(type: "REAL", nullable: true),
                    SessionCount = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<int>(type: "INTEGER", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: true),
                    MissingInfo = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_CommitteeSessions_CommitteeSessionId",
                        column: x => x.CommitteeSessionId,
                        principalTable: "CommitteeSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitteeSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionMember_CommitteeSessions_CommitteeSessionId",
                        column: x => x.CommitteeSessionId,
                        principalTable: "CommitteeSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitteeSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    IsAppeal = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_CommitteeDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "CommitteeDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_CommitteeSessions_CommitteeSessionId",
                        column: x => x.CommitteeSessionId,
                        principalTable: "CommitteeSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlierDecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appeals_CommitteeDecisions_EarlierDecisionId",
                        column: x => x.EarlierDecisionId,
                        principalTable: "CommitteeDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appeals_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServicePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    SessionCount = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ProviderUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePlans_CommitteeDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "CommitteeDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServicePlans_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserId = table.Column<string>(type: "TEXT", nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", nullable: true),
                    Choice = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vote_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceSession",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServicePlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    BookedByName = table.Column<string>(type: "TEXT", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceSession_ServicePlans_ServicePlanId",
                        column: x => x.ServicePlanId,
                        principalTable: "ServicePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedAt",
                table: "Requests",
                column: "AssignedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_NextDeadlineAt",
                table: "Requests",
                column: "NextDeadlineAt");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_CommitteeSessionId_SupportRequestId",
                table: "AgendaItems",
                columns: new[] { "CommitteeSessionId", "SupportRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_DecisionId",
                table: "AgendaItems",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_SupportRequestId",
                table: "AgendaItems",
                column: "SupportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_EarlierDecisionId",
                table: "Appeals",
                column: "EarlierDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_SupportRequestId",
                table: "Appeals",
                column: "SupportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_CommitteeSessionId",
                table: "CommitteeDecisions",
                column: "CommitteeSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_SupportRequestId",
                table: "CommitteeDecisions",
                column: "SupportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeSessions_HijriYear_Number",
                table: "CommitteeSessions",
                columns: new[] { "HijriYear", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FileNumbers_BeneficiaryId",
                table: "FileNumbers",
                column: "BeneficiaryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FileNumbers_HijriYear_Sequence",
                table: "FileNumbers",
                columns: new[] { "HijriYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FileNumbers_Number",
                table: "FileNumbers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_SupportRequestId",
                table: "Registrations",
                column: "SupportRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlans_DecisionId",
                table: "ServicePlans",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlans_ProviderUserId",
                table: "ServicePlans",
                column: "ProviderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePlans_SupportRequestId",
                table: "ServicePlans",
                column: "SupportRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSession_ScheduledAt",
                table: "ServiceSession",
                column: "ScheduledAt");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSession_ServicePlanId",
                table: "ServiceSession",
                column: "ServicePlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionMember_CommitteeSessionId",
                table: "SessionMember",
                column: "CommitteeSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialStudies_SupportRequestId",
                table: "SocialStudies",
                column: "SupportRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_Key",
                table: "StaffNotifications",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientRole_Id",
                table: "StaffNotifications",
                columns: new[] { "RecipientRole", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientUserId_Id",
                table: "StaffNotifications",
                columns: new[] { "RecipientUserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Vote_AgendaItemId_MemberUserId",
                table: "Vote",
                columns: new[] { "AgendaItemId", "MemberUserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appeals");

            migrationBuilder.DropTable(
                name: "FileNumbers");

            migrationBuilder.DropTable(
                name: "FileSequences");

            migrationBuilder.DropTable(
                name: "Registrations");

            migrationBuilder.DropTable(
                name: "ServiceSession");

            migrationBuilder.DropTable(
                name: "SessionMember");

            migrationBuilder.DropTable(
                name: "SocialStudies");

            migrationBuilder.DropTable(
                name: "StaffNotifications");

            migrationBuilder.DropTable(
                name: "Vote");

            migrationBuilder.DropTable(
                name: "ServicePlans");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "CommitteeDecisions");

            migrationBuilder.DropTable(
                name: "CommitteeSessions");

            migrationBuilder.DropIndex(
                name: "IX_Requests_AssignedAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_NextDeadlineAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AssignedResearcherName",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ClockRound",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "NextDeadlineAt",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "PausedFor",
                table: "Requests");
        }
    }
}
