using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Workflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConsentId",
                table: "Sips",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnSchoolId",
                table: "Placements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosingNote",
                table: "Interventions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DelayReason",
                table: "Interventions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeetingWaivedReason",
                table: "Interventions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "AbsenceRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Changes", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlacementReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementReviews_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SipGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipGoals_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SipGoals_Units_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SipMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SipId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FollowUp = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SipMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SipMeetings_Sips_SipId",
                        column: x => x.SipId,
                        principalTable: "Sips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sips_ConsentId",
                table: "Sips",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ReturnSchoolId",
                table: "Placements",
                column: "ReturnSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Changes_PupilId",
                table: "Changes",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyKeys_ActorId_Key",
                table: "IdempotencyKeys",
                columns: new[] { "ActorId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementReviews_PlacementId",
                table: "PlacementReviews",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_SipGoals_ResponsibleUnitId",
                table: "SipGoals",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SipGoals_SipId",
                table: "SipGoals",
                column: "SipId");

            migrationBuilder.CreateIndex(
                name: "IX_SipMeetings_SipId",
                table: "SipMeetings",
                column: "SipId");

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_Units_ReturnSchoolId",
                table: "Placements",
                column: "ReturnSchoolId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Sips_Consents_ConsentId",
                table: "Sips",
                column: "ConsentId",
                principalTable: "Consents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_Units_ReturnSchoolId",
                table: "Placements");

            migrationBuilder.DropForeignKey(
                name: "FK_Sips_Consents_ConsentId",
                table: "Sips");

            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropTable(
                name: "IdempotencyKeys");

            migrationBuilder.DropTable(
                name: "PlacementReviews");

            migrationBuilder.DropTable(
                name: "SipGoals");

            migrationBuilder.DropTable(
                name: "SipMeetings");

            migrationBuilder.DropIndex(
                name: "IX_Sips_ConsentId",
                table: "Sips");

            migrationBuilder.DropIndex(
                name: "IX_Placements_ReturnSchoolId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "ConsentId",
                table: "Sips");

            migrationBuilder.DropColumn(
                name: "ReturnSchoolId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "ClosingNote",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "DelayReason",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "MeetingWaivedReason",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AbsenceRecords");
        }
    }
}
