using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmergencyAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmergencyAccesses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EmergencyAccesses_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_OpenedAt",
                table: "EmergencyAccesses",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_PupilId_PersonId",
                table: "EmergencyAccesses",
                columns: new[] { "PupilId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_UnitId",
                table: "EmergencyAccesses",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyAccesses");
        }
    }
}
