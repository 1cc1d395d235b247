using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitManager : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every review made before unit managers could review was the data-protection officer's.
            migrationBuilder.AddColumn<string>(
                name: "ReviewerRole",
                table: "EmergencyAccessReviews",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "DataProtectionOfficer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewerRole",
                table: "EmergencyAccessReviews");
        }
    }
}
