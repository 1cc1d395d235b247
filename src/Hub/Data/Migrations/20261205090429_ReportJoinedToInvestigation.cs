using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportJoinedToInvestigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "JoinedInvestigationId",
                table: "Interventions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_JoinedInvestigationId",
                table: "Interventions",
                column: "JoinedInvestigationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Interventions_Interventions_JoinedInvestigationId",
                table: "Interventions",
                column: "JoinedInvestigationId",
                principalTable: "Interventions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Interventions_Interventions_JoinedInvestigationId",
                table: "Interventions");

            migrationBuilder.DropIndex(
                name: "IX_Interventions_JoinedInvestigationId",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "JoinedInvestigationId",
                table: "Interventions");
        }
    }
}
