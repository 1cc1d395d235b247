using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class PopulationRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegisterNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonalIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProtectedIdentity = table.Column<bool>(type: "INTEGER", nullable: true),
                    Guardians = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterNotices_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterNotices_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterNotices_DistrictId",
                table: "RegisterNotices",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterNotices_PersonalIdentityNumber_Kind_Since",
                table: "RegisterNotices",
                columns: new[] { "PersonalIdentityNumber", "Kind", "Since" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterNotices_UnitId",
                table: "RegisterNotices",
                column: "UnitId");

            // An existing city gets the register's unit (a new database gets it from the demo city's seeding),
            // and every protection a principal set becomes the register's notice, so that none is lost now that
            // only the register sets one: from the pupil's first enrolment, or its birth.
            migrationBuilder.Sql(
                "INSERT INTO Units (Code, Name, Kind, Agency, Authority) "
                + "SELECT 'register:folkbokforing', 'Skatteverket, folkbokföringen', 'PopulationRegister', 'PopulationRegister', 'skatteverket' "
                + "WHERE EXISTS (SELECT 1 FROM Districts) AND NOT EXISTS (SELECT 1 FROM Units WHERE Code = 'register:folkbokforing')");
            migrationBuilder.Sql(
                "INSERT INTO RegisterNotices (UnitId, PersonalIdentityNumber, Kind, Since, ReceivedAt, ProtectedIdentity, Guardians) "
                + "SELECT u.Id, p.PersonalIdentityNumber, 'ProtectedIdentity', "
                + "COALESCE((SELECT MIN(e.StartsOn) FROM Enrolments e WHERE e.PupilId = p.Id AND e.StartsOn <= date('now')), p.BirthDate), "
                + "strftime('%Y-%m-%d %H:%M:%S', 'now'), 1, '[]' "
                + "FROM Pupils p JOIN Units u ON u.Code = 'register:folkbokforing' WHERE p.ProtectedIdentity = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegisterNotices");
        }
    }
}
