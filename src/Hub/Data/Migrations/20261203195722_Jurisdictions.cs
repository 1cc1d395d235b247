using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Jurisdictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Guardians_PersonalIdentityNumber",
                table: "Guardians");

            migrationBuilder.AddColumn<int>(
                name: "BupClinicId",
                table: "Districts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PoliceAreaId",
                table: "Districts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_PersonalIdentityNumber",
                table: "Guardians",
                column: "PersonalIdentityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Districts_BupClinicId",
                table: "Districts",
                column: "BupClinicId");

            migrationBuilder.CreateIndex(
                name: "IX_Districts_PoliceAreaId",
                table: "Districts",
                column: "PoliceAreaId");

            migrationBuilder.AddForeignKey(
                name: "FK_Districts_Units_BupClinicId",
                table: "Districts",
                column: "BupClinicId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Districts_Units_PoliceAreaId",
                table: "Districts",
                column: "PoliceAreaId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Districts_Units_BupClinicId",
                table: "Districts");

            migrationBuilder.DropForeignKey(
                name: "FK_Districts_Units_PoliceAreaId",
                table: "Districts");

            migrationBuilder.DropIndex(
                name: "IX_Guardians_PersonalIdentityNumber",
                table: "Guardians");

            migrationBuilder.DropIndex(
                name: "IX_Districts_BupClinicId",
                table: "Districts");

            migrationBuilder.DropIndex(
                name: "IX_Districts_PoliceAreaId",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "BupClinicId",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "PoliceAreaId",
                table: "Districts");

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_PersonalIdentityNumber",
                table: "Guardians",
                column: "PersonalIdentityNumber",
                unique: true);
        }
    }
}
