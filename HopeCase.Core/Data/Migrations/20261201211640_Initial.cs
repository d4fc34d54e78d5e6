using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HopeCase.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Beneficiaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FatherName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    GrandfatherName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    LatinName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameNormalized = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IdExpiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Governorate = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MaritalStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    HouseholdSize = table.Column<int>(type: "INTEGER", nullable: true),
                    Income = table.Column<int>(type: "INTEGER", nullable: true),
                    PreferredChannel = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsentSms = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentRecordedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Risk = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    FileNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beneficiaries", x => x.Id);
                });

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
                name: "Faq",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionAr = table.Column<string>(type: "TEXT", nullable: false),
                    AnswerAr = table.Column<string>(type: "TEXT", nullable: false),
                    QuestionEn = table.Column<string>(type: "TEXT", nullable: true),
                    AnswerEn = table.Column<string>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Faq", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Files", x => x.Id);
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
                name: "ImprovementActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YouSaid = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WeDid = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LetterSequences",
                columns: table => new
                {
                    HijriYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterSequences", x => x.HijriYear);
                });

            migrationBuilder.CreateTable(
                name: "LetterTemplates",
                columns: table => new
                {
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTemplates", x => new { x.Type, x.Culture });
                });

            migrationBuilder.CreateTable(
                name: "OrganisationLogo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationLogo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", nullable: false),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Provider = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
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
                name: "SupportTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SenderMobile = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SenderEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssigneeId = table.Column<string>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "Letters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HijriYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    VerifyCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MailStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    MailStatusAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Letters_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ManagerAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ManagerAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ManagerAlerts_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
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
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CallerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CallerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FaqEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", nullable: true),
                    StaffName = table.Column<string>(type: "TEXT", nullable: true),
                    Referred = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contacts_Faq_FaqEntryId",
                        column: x => x.FaqEntryId,
                        principalTable: "Faq",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Guides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Guides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Guides_Files_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentRequirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    HasExpiry = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentRequirements_SupportTypes_SupportTypeId",
                        column: x => x.SupportTypeId,
                        principalTable: "SupportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCritical = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PausedSince = table.Column<long>(type: "INTEGER", nullable: true),
                    PausedFor = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    NextDeadlineAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClockRound = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedResearcherId = table.Column<string>(type: "TEXT", nullable: true),
                    AssignedResearcherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requests_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Requests_SupportTypes_SupportTypeId",
                        column: x => x.SupportTypeId,
                        principalTable: "SupportTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackDeadlineEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedbackItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackDeadlineEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackDeadlineEvents_FeedbackItems_FeedbackItemId",
                        column: x => x.FeedbackItemId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementLinks",
                columns: table => new
                {
                    ImprovementActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedbackItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementLinks", x => new { x.ImprovementActionId, x.FeedbackItemId });
                    table.ForeignKey(
                        name: "FK_ImprovementLinks_FeedbackItems_FeedbackItemId",
                        column: x => x.FeedbackItemId,
                        principalTable: "FeedbackItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementLinks_ImprovementActions_ImprovementActionId",
                        column: x => x.ImprovementActionId,
                        principalTable: "ImprovementActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TextSha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SignatureFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", nullable: false),
                    WitnessId = table.Column<string>(type: "TEXT", nullable: true),
                    WitnessName = table.Column<string>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_Files_SignatureFileId",
                        column: x => x.SignatureFileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Question = table.Column<string>(type: "TEXT", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AskedById = table.Column<string>(type: "TEXT", nullable: true),
                    AskedByName = table.Column<string>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "RequestDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequirementId = table.Column<int>(type: "INTEGER", nullable: true),
                    StoredFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestDocuments_DocumentRequirements_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "DocumentRequirements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestDocuments_Files_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RequestDocuments_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", nullable: true),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestEvents_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: false),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: false),
                    LetterId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportTypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Overall = table.Column<int>(type: "INTEGER", nullable: false),
                    Courtesy = table.Column<int>(type: "INTEGER", nullable: false),
                    Clarity = table.Column<int>(type: "INTEGER", nullable: false),
                    Speed = table.Column<int>(type: "INTEGER", nullable: false),
                    Ease = table.Column<int>(type: "INTEGER", nullable: false),
                    Recommend = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BeneficiaryId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupportRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Trigger = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    SupportTypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Beneficiaries_BeneficiaryId",
                        column: x => x.BeneficiaryId,
                        principalTable: "Beneficiaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Requests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActionTaken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneById = table.Column<string>(type: "TEXT", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_SurveyResponses_SurveyResponseId",
                        column: x => x.SurveyResponseId,
                        principalTable: "SurveyResponses",
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_FileNumber",
                table: "Beneficiaries",
                column: "FileNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_Mobile",
                table: "Beneficiaries",
                column: "Mobile");

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_NameNormalized_BirthDate",
                table: "Beneficiaries",
                columns: new[] { "NameNormalized", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_NationalId",
                table: "Beneficiaries",
                column: "NationalId",
                unique: true);

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
                name: "IX_Contacts_BeneficiaryId_At",
                table: "Contacts",
                columns: new[] { "BeneficiaryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Channel_At",
                table: "Contacts",
                columns: new[] { "Channel", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_FaqEntryId",
                table: "Contacts",
                column: "FaqEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_SignatureFileId",
                table: "Declarations",
                column: "SignatureFileId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_SupportRequestId",
                table: "Declarations",
                column: "SupportRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRequirements_SupportTypeId",
                table: "DocumentRequirements",
                column: "SupportTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Faq_SearchText",
                table: "Faq",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackDeadlineEvents_FeedbackItemId_Threshold",
                table: "FeedbackDeadlineEvents",
                columns: new[] { "FeedbackItemId", "Threshold" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_BeneficiaryId",
                table: "FeedbackItems",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_ReceivedAt",
                table: "FeedbackItems",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_Status_DueAt",
                table: "FeedbackItems",
                columns: new[] { "Status", "DueAt" });

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
                name: "IX_FollowUpTasks_DoneAt",
                table: "FollowUpTasks",
                column: "DoneAt");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_SurveyResponseId",
                table: "FollowUpTasks",
                column: "SurveyResponseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Guides_Kind",
                table: "Guides",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Guides_StoredFileId",
                table: "Guides",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_Published",
                table: "ImprovementActions",
                column: "Published");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementLinks_FeedbackItemId",
                table: "ImprovementLinks",
                column: "FeedbackItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_BeneficiaryId",
                table: "Letters",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_HijriYear_Sequence",
                table: "Letters",
                columns: new[] { "HijriYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_IdempotencyKey",
                table: "Letters",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_MailStatus",
                table: "Letters",
                column: "MailStatus");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_Number",
                table: "Letters",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_SubjectType_SubjectId",
                table: "Letters",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_VerifyCode",
                table: "Letters",
                column: "VerifyCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ManagerAlerts_AcknowledgedAt",
                table: "ManagerAlerts",
                column: "AcknowledgedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ManagerAlerts_BeneficiaryId",
                table: "ManagerAlerts",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_BeneficiaryId",
                table: "Outbox",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_IdempotencyKey",
                table: "Outbox",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_CreatedAt",
                table: "Outbox",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AnsweredAt",
                table: "Referrals",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_BeneficiaryId",
                table: "Referrals",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SupportRequestId",
                table: "Referrals",
                column: "SupportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_SupportRequestId",
                table: "Registrations",
                column: "SupportRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestDocuments_RequirementId",
                table: "RequestDocuments",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDocuments_StoredFileId",
                table: "RequestDocuments",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestDocuments_SupportRequestId",
                table: "RequestDocuments",
                column: "SupportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_SupportRequestId_To",
                table: "RequestEvents",
                columns: new[] { "SupportRequestId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestEvents_To_At",
                table: "RequestEvents",
                columns: new[] { "To", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AssignedAt",
                table: "Requests",
                column: "AssignedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_BeneficiaryId",
                table: "Requests",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_CreatedAt_Channel",
                table: "Requests",
                columns: new[] { "CreatedAt", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_NextDeadlineAt",
                table: "Requests",
                column: "NextDeadlineAt");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Reference",
                table: "Requests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueAt",
                table: "Requests",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedAt",
                table: "Requests",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SupportTypeId",
                table: "Requests",
                column: "SupportTypeId");

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
                name: "IX_SupportTypes_Code",
                table: "SupportTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_BeneficiaryId",
                table: "SurveyInvitations",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_CreatedAt",
                table: "SurveyInvitations",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SupportRequestId_Trigger",
                table: "SurveyInvitations",
                columns: new[] { "SupportRequestId", "Trigger" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_BeneficiaryId",
                table: "SurveyResponses",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SubmittedAt",
                table: "SurveyResponses",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SupportRequestId",
                table: "SurveyResponses",
                column: "SupportRequestId");

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "FeedbackDeadlineEvents");

            migrationBuilder.DropTable(
                name: "FileNumbers");

            migrationBuilder.DropTable(
                name: "FileSequences");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");

            migrationBuilder.DropTable(
                name: "Guides");

            migrationBuilder.DropTable(
                name: "ImprovementLinks");

            migrationBuilder.DropTable(
                name: "Letters");

            migrationBuilder.DropTable(
                name: "LetterSequences");

            migrationBuilder.DropTable(
                name: "LetterTemplates");

            migrationBuilder.DropTable(
                name: "ManagerAlerts");

            migrationBuilder.DropTable(
                name: "OrganisationLogo");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "Registrations");

            migrationBuilder.DropTable(
                name: "RequestDocuments");

            migrationBuilder.DropTable(
                name: "RequestEvents");

            migrationBuilder.DropTable(
                name: "ServiceSession");

            migrationBuilder.DropTable(
                name: "SessionMember");

            migrationBuilder.DropTable(
                name: "SocialStudies");

            migrationBuilder.DropTable(
                name: "StaffNotifications");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "Vote");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Faq");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "FeedbackItems");

            migrationBuilder.DropTable(
                name: "ImprovementActions");

            migrationBuilder.DropTable(
                name: "DocumentRequirements");

            migrationBuilder.DropTable(
                name: "Files");

            migrationBuilder.DropTable(
                name: "ServicePlans");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "CommitteeDecisions");

            migrationBuilder.DropTable(
                name: "CommitteeSessions");

            migrationBuilder.DropTable(
                name: "Requests");

            migrationBuilder.DropTable(
                name: "Beneficiaries");

            migrationBuilder.DropTable(
                name: "SupportTypes");
        }
    }
}
