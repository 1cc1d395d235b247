using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: true),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProtectedIdentity = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Guardians",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Guardians", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    Ownership = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HostSchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Units_Units_HostSchoolId",
                        column: x => x.HostSchoolId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactPersons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPersons_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactPersons_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pupils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedIdentity = table.Column<bool>(type: "INTEGER", nullable: false),
                    HomeSchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredDistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pupils", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pupils_Districts_RegisteredDistrictId",
                        column: x => x.RegisteredDistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pupils_Units_HomeSchoolId",
                        column: x => x.HomeSchoolId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AbsenceRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerAuthority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbsenceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AbsenceRecords_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AbsenceRecords_Units_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FormReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PupilView = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Consents_Units_RecordedByUnitId",
                        column: x => x.RecordedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Custodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Custodies_Guardians_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "Guardians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Custodies_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Enrolments_Units_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerAuthority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EducationInvestigated = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReporterKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReporterUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReporterContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssessmentDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Track = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AbsencePercentAtStart = table.Column<double>(type: "REAL", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventions_Interventions_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Interventions_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Interventions_Units_ReporterUnitId",
                        column: x => x.ReporterUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Interventions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalBases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Statute = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GrantedToUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceInterventionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalBases_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LegalBases_Units_GrantedToUnitId",
                        column: x => x.GrantedToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EnrolledAtId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerAuthority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Placements_Units_DecidedByUnitId",
                        column: x => x.DecidedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Units_EnrolledAtId",
                        column: x => x.EnrolledAtId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Units_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiatedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NextFollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sips_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sips_Units_InitiatedByUnitId",
                        column: x => x.InitiatedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentProvisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentProvisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentProvisions_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsentProvisions_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentSignatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianId = table.Column<int>(type: "INTEGER", nullable: true),
                    ByPupil = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsentSignatures_Guardians_GuardianId",
                        column: x => x.GuardianId,
                        principalTable: "Guardians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SipParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CoordinatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadsCoordination = table.Column<bool>(type: "INTEGER", nullable: false),
                    Responsibility = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipParticipants_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SipParticipants_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceRecords_PupilId_Term_SchoolId",
                table: "AbsenceRecords",
                columns: new[] { "PupilId", "Term", "SchoolId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AbsenceRecords_SchoolId",
                table: "AbsenceRecords",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_At",
                table: "AccessLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_PupilId",
                table: "AccessLog",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentProvisions_ConsentId",
                table: "ConsentProvisions",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentProvisions_ToUnitId",
                table: "ConsentProvisions",
                column: "ToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_ConsentId",
                table: "ConsentSignatures",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentSignatures_GuardianId",
                table: "ConsentSignatures",
                column: "GuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_PupilId",
                table: "Consents",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_RecordedByUnitId",
                table: "Consents",
                column: "RecordedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersons_DistrictId_StartsOn",
                table: "ContactPersons",
                columns: new[] { "DistrictId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactPersons_UnitId",
                table: "ContactPersons",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Custodies_GuardianId",
                table: "Custodies",
                column: "GuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_Custodies_PupilId",
                table: "Custodies",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Districts_Code",
                table: "Districts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_PupilId",
                table: "Enrolments",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_SchoolId_EndsOn",
                table: "Enrolments",
                columns: new[] { "SchoolId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_PersonalIdentityNumber",
                table: "Guardians",
                column: "PersonalIdentityNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_PupilId_Kind",
                table: "Interventions",
                columns: new[] { "PupilId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ReportId",
                table: "Interventions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ReporterUnitId",
                table: "Interventions",
                column: "ReporterUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_UnitId_ClosedOn",
                table: "Interventions",
                columns: new[] { "UnitId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_GrantedToUnitId",
                table: "LegalBases",
                column: "GrantedToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_PupilId_GrantedToUnitId",
                table: "LegalBases",
                columns: new[] { "PupilId", "GrantedToUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_DecidedByUnitId",
                table: "Placements",
                column: "DecidedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EnrolledAtId",
                table: "Placements",
                column: "EnrolledAtId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_GroupId_EndsOn",
                table: "Placements",
                columns: new[] { "GroupId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PupilId",
                table: "Placements",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_FamilyName_GivenName",
                table: "Pupils",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_HomeSchoolId",
                table: "Pupils",
                column: "HomeSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_PersonalIdentityNumber",
                table: "Pupils",
                column: "PersonalIdentityNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pupils_RegisteredDistrictId",
                table: "Pupils",
                column: "RegisteredDistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SipParticipants_Authority",
                table: "SipParticipants",
                column: "Authority");

            migrationBuilder.CreateIndex(
                name: "IX_SipParticipants_SipId_UnitId",
                table: "SipParticipants",
                columns: new[] { "SipId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SipParticipants_UnitId",
                table: "SipParticipants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Sips_InitiatedByUnitId",
                table: "Sips",
                column: "InitiatedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Sips_PupilId",
                table: "Sips",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_DistrictId",
                table: "Units",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_HostSchoolId",
                table: "Units",
                column: "HostSchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AbsenceRecords");

            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "ConsentProvisions");

            migrationBuilder.DropTable(
                name: "ConsentSignatures");

            migrationBuilder.DropTable(
                name: "ContactPersons");

            migrationBuilder.DropTable(
                name: "Custodies");

            migrationBuilder.DropTable(
                name: "Enrolments");

            migrationBuilder.DropTable(
                name: "Interventions");

            migrationBuilder.DropTable(
                name: "LegalBases");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "SipParticipants");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Guardians");

            migrationBuilder.DropTable(
                name: "Sips");

            migrationBuilder.DropTable(
                name: "Pupils");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Districts");
        }
    }
}
