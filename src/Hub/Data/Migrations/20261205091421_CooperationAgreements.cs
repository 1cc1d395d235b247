using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class CooperationAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CooperationAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationAgreements_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CooperationAgreements_Units_RecordedByUnitId",
                        column: x => x.RecordedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CooperationAgreementParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationAgreementParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationAgreementParties_CooperationAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "CooperationAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CooperationAgreementParties_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CooperationAgreementRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NextRevisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationAgreementRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationAgreementRevisions_CooperationAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "CooperationAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreementParties_AgreementId_UnitId",
                table: "CooperationAgreementParties",
                columns: new[] { "AgreementId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreementParties_UnitId",
                table: "CooperationAgreementParties",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreementRevisions_AgreementId",
                table: "CooperationAgreementRevisions",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreements_DistrictId_SignedOn",
                table: "CooperationAgreements",
                columns: new[] { "DistrictId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreements_RecordedByUnitId",
                table: "CooperationAgreements",
                column: "RecordedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationAgreements_RevisionDueOn",
                table: "CooperationAgreements",
                column: "RevisionDueOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CooperationAgreementParties");

            migrationBuilder.DropTable(
                name: "CooperationAgreementRevisions");

            migrationBuilder.DropTable(
                name: "CooperationAgreements");
        }
    }
}
