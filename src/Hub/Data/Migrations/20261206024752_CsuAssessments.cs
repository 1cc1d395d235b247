using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class CsuAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AppealableUntil",
                table: "Placements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CsuAssessmentId",
                table: "Placements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CsuAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    HomeSchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerAuthority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsuAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CsuAssessments_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CsuAssessments_Units_AssessedByUnitId",
                        column: x => x.AssessedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CsuAssessments_Units_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CsuAssessments_Units_HomeSchoolId",
                        column: x => x.HomeSchoolId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CsuAssessmentId",
                table: "Placements",
                column: "CsuAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CsuAssessments_AssessedByUnitId_Status",
                table: "CsuAssessments",
                columns: new[] { "AssessedByUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CsuAssessments_GroupId_Status",
                table: "CsuAssessments",
                columns: new[] { "GroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CsuAssessments_HomeSchoolId",
                table: "CsuAssessments",
                column: "HomeSchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_CsuAssessments_PupilId",
                table: "CsuAssessments",
                column: "PupilId");

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_CsuAssessments_CsuAssessmentId",
                table: "Placements",
                column: "CsuAssessmentId",
                principalTable: "CsuAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // CSU places the pupil-health unit decided itself, before the decision became the host school's principal's: each
            // gets the unit's assessment it rests on (recommending that group, by the same officer on the same day, already
            // decided), so the unit keeps its pupils and no placement dangles. Who decided stays as it was recorded.
            migrationBuilder.Sql(
                "INSERT INTO CsuAssessments (PupilId, AssessedByUnitId, AssessedBy, AssessedOn, Recommendation, GroupId, HomeSchoolId, Reasons, Status, OwnerAuthority, Version) "
                + "SELECT p.PupilId, p.DecidedByUnitId, p.DecidedBy, p.DecidedOn, 'Recommended', p.GroupId, p.ReturnSchoolId, "
                + "'Recorded from the CSU place the pupil-health unit decided itself, before the decision became the principal''s.', 'Decided', p.OwnerAuthority, 0 "
                + "FROM Placements p JOIN Units u ON u.Id = p.DecidedByUnitId "
                + "WHERE p.Level = 'Csu' AND p.CsuAssessmentId IS NULL AND u.Kind = 'PupilHealthUnit' ORDER BY p.Id");
            migrationBuilder.Sql(
                "UPDATE Placements SET CsuAssessmentId = (SELECT MIN(a.Id) FROM CsuAssessments a WHERE a.PupilId = Placements.PupilId "
                + "AND a.GroupId = Placements.GroupId AND a.AssessedOn = Placements.DecidedOn AND a.AssessedByUnitId = Placements.DecidedByUnitId "
                + "AND NOT EXISTS (SELECT 1 FROM Placements o WHERE o.CsuAssessmentId = a.Id)) "
                + "WHERE Level = 'Csu' AND CsuAssessmentId IS NULL AND DecidedByUnitId IN (SELECT Id FROM Units WHERE Kind = 'PupilHealthUnit')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_CsuAssessments_CsuAssessmentId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "CsuAssessments");

            migrationBuilder.DropIndex(
                name: "IX_Placements_CsuAssessmentId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "AppealableUntil",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "CsuAssessmentId",
                table: "Placements");
        }
    }
}
