using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentConfirmation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                table: "ConsentProvisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "ConsentProvisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisclosedByAuthority",
                table: "ConsentProvisions",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            // Provisions recorded by the authority that keeps their records were in effect from the start;
            // those recorded by another authority now wait for the keeper's confirmation.
            migrationBuilder.Sql(
                "UPDATE ConsentProvisions SET DisclosedByAuthority = (SELECT u.Authority FROM Consents c JOIN Units u ON u.Id = c.RecordedByUnitId "
                + "WHERE c.Id = ConsentProvisions.ConsentId AND u.Agency = ConsentProvisions.FromAgency)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "DisclosedByAuthority",
                table: "ConsentProvisions");
        }
    }
}
