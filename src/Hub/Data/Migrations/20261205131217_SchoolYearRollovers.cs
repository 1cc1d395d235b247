using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchoolYearRollovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SchoolYearRollovers",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RanOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RanAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Baseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    PupilsAdvanced = table.Column<int>(type: "INTEGER", nullable: false),
                    PupilsLeft = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolYearRollovers", x => x.Year);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolYearRollovers");
        }
    }
}
