using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportMeetingParticipants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MeetingParticipants",
                table: "Interventions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MeetingPlannedOn",
                table: "Interventions",
                type: "TEXT",
                nullable: true);

            // Reports recorded before participants were: a meeting held was held by social services; who else came is not known.
            migrationBuilder.Sql("UPDATE Interventions SET MeetingParticipants = CASE WHEN MeetingHeldOn IS NULL THEN 0 ELSE 8 END WHERE Kind = 'ReportOfConcern'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MeetingParticipants",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "MeetingPlannedOn",
                table: "Interventions");
        }
    }
}
