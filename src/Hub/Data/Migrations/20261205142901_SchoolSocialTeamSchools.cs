using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchoolSocialTeamSchools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "Interventions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SchoolSocialTeamSchools",
                columns: table => new
                {
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolSocialTeamSchools", x => new { x.TeamId, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_SchoolSocialTeamSchools_Units_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolSocialTeamSchools_Units_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolSocialTeamSchools_SchoolId",
                table: "SchoolSocialTeamSchools",
                column: "SchoolId");

            // Cases recorded before the remit widened were all about absence; and each team keeps working at the
            // district's municipal schools until its managers set the schools (setSchoolsServed).
            migrationBuilder.Sql("UPDATE Interventions SET Reason = 'Absence' WHERE Kind = 'SchoolSocialTeamCase'");
            migrationBuilder.Sql(
                "INSERT INTO SchoolSocialTeamSchools (TeamId, SchoolId, Since) "
                + "SELECT t.Id, s.Id, date('now') FROM Units t JOIN Units s ON s.DistrictId = t.DistrictId "
                + "WHERE t.Kind = 'SocialServicesPreventive' AND s.Kind = 'School' AND s.Ownership = 'Municipal' "
                + "AND NOT EXISTS (SELECT 1 FROM SchoolSocialTeamSchools x WHERE x.TeamId = t.Id)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolSocialTeamSchools");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "Interventions");
        }
    }
}
