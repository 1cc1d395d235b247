using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class LegalBasisCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "SourceInterventionId",
                table: "LegalBases",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "FromAuthority",
                table: "LegalBases",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceDisclosureId",
                table: "LegalBases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisclosureDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromAgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromAuthority = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DecidedByUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureDecisions_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureDecisions_Units_DecidedByUnitId",
                        column: x => x.DecidedByUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisclosureDecisions_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_SourceDisclosureId",
                table: "LegalBases",
                column: "SourceDisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureDecisions_DecidedAt",
                table: "DisclosureDecisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureDecisions_DecidedByUnitId",
                table: "DisclosureDecisions",
                column: "DecidedByUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureDecisions_PupilId",
                table: "DisclosureDecisions",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureDecisions_ToUnitId",
                table: "DisclosureDecisions",
                column: "ToUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalBases_DisclosureDecisions_SourceDisclosureId",
                table: "LegalBases",
                column: "SourceDisclosureId",
                principalTable: "DisclosureDecisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalBases_DisclosureDecisions_SourceDisclosureId",
                table: "LegalBases");

            migrationBuilder.DropTable(
                name: "DisclosureDecisions");

            migrationBuilder.DropIndex(
                name: "IX_LegalBases_SourceDisclosureId",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "FromAuthority",
                table: "LegalBases");

            migrationBuilder.DropColumn(
                name: "SourceDisclosureId",
                table: "LegalBases");

            migrationBuilder.AlterColumn<int>(
                name: "SourceInterventionId",
                table: "LegalBases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
