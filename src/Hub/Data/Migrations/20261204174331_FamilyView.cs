using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class FamilyView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "Consents");

            migrationBuilder.AddColumn<int>(
                name: "WithdrawnByGuardianId",
                table: "Consents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WithdrawnByPupil",
                table: "Consents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "ConsentProvisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WithdrawnByGuardianId",
                table: "ConsentProvisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WithdrawnByPupil",
                table: "ConsentProvisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Consents_WithdrawnByGuardianId",
                table: "Consents",
                column: "WithdrawnByGuardianId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentProvisions_WithdrawnByGuardianId",
                table: "ConsentProvisions",
                column: "WithdrawnByGuardianId");

            migrationBuilder.AddForeignKey(
                name: "FK_ConsentProvisions_Guardians_WithdrawnByGuardianId",
                table: "ConsentProvisions",
                column: "WithdrawnByGuardianId",
                principalTable: "Guardians",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Consents_Guardians_WithdrawnByGuardianId",
                table: "Consents",
                column: "WithdrawnByGuardianId",
                principalTable: "Guardians",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConsentProvisions_Guardians_WithdrawnByGuardianId",
                table: "ConsentProvisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Consents_Guardians_WithdrawnByGuardianId",
                table: "Consents");

            migrationBuilder.DropIndex(
                name: "IX_Consents_WithdrawnByGuardianId",
                table: "Consents");

            migrationBuilder.DropIndex(
                name: "IX_ConsentProvisions_WithdrawnByGuardianId",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "WithdrawnByGuardianId",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "WithdrawnByPupil",
                table: "Consents");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "WithdrawnByGuardianId",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "WithdrawnByPupil",
                table: "ConsentProvisions");

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "Consents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }
    }
}
