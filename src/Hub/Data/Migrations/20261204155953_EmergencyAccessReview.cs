using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmergencyAccessReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDueOn",
                table: "EmergencyAccesses",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Openings made before reviews existed are due the default 14 days after the (UTC) day they were opened.
            migrationBuilder.Sql("UPDATE EmergencyAccesses SET ReviewDueOn = date(OpenedAt, '+14 days')");

            migrationBuilder.CreateTable(
                name: "EmergencyAccessReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmergencyAccessId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReviewedById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergencyAccessReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergencyAccessReviews_EmergencyAccesses_EmergencyAccessId",
                        column: x => x.EmergencyAccessId,
                        principalTable: "EmergencyAccesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccesses_ReviewDueOn",
                table: "EmergencyAccesses",
                column: "ReviewDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_EmergencyAccessReviews_EmergencyAccessId",
                table: "EmergencyAccessReviews",
                column: "EmergencyAccessId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmergencyAccessReviews");

            migrationBuilder.DropIndex(
                name: "IX_EmergencyAccesses_ReviewDueOn",
                table: "EmergencyAccesses");

            migrationBuilder.DropColumn(
                name: "ReviewDueOn",
                table: "EmergencyAccesses");
        }
    }
}
