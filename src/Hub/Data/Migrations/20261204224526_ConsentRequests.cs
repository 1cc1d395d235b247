using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AskedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AskedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastsMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredByGuardianId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredByPupil = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRequests_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentRequests_Guardians_AnsweredByGuardianId",
                        column: x => x.AnsweredByGuardianId,
                        principalTable: "Guardians",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentRequests_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsentRequests_Units_AskedByUnitId",
                        column: x => x.AskedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRequestProvisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FromAuthority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRequestProvisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRequestProvisions_ConsentRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "ConsentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsentRequestProvisions_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequestProvisions_RequestId",
                table: "ConsentRequestProvisions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequestProvisions_ToUnitId",
                table: "ConsentRequestProvisions",
                column: "ToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_AnsweredByGuardianId",
                table: "ConsentRequests",
                column: "AnsweredByGuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_AskedByUnitId",
                table: "ConsentRequests",
                column: "AskedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_ConsentId",
                table: "ConsentRequests",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_PupilId",
                table: "ConsentRequests",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRequests_Status_AskedByUnitId",
                table: "ConsentRequests",
                columns: new[] { "Status", "AskedByUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentRequestProvisions");

            migrationBuilder.DropTable(
                name: "ConsentRequests");
        }
    }
}
