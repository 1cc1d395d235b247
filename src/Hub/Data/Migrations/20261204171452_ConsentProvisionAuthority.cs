using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentProvisionAuthority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FromAuthority",
                table: "ConsentProvisions",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "ConsentProvisions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefusedAt",
                table: "ConsentProvisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusedBy",
                table: "ConsentProvisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // The authority each provision already names: the one that recorded or confirmed it; for a
            // pending one, the authority that keeps such records for the pupil, as recordConsent derives it.
            migrationBuilder.Sql("""
                UPDATE "ConsentProvisions" SET "FromAuthority" = COALESCE("DisclosedByAuthority",
                    (SELECT u."Authority" FROM "Consents" c JOIN "Pupils" p ON p."Id" = c."PupilId"
                        JOIN "Districts" d ON d."Id" = p."RegisteredDistrictId"
                        JOIN "Units" u ON (("ConsentProvisions"."FromAgency" = 'SocialServices' AND u."Agency" = 'SocialServices' AND u."DistrictId" = d."Id")
                            OR ("ConsentProvisions"."FromAgency" = 'Bup' AND u."Id" = d."BupClinicId")
                            OR ("ConsentProvisions"."FromAgency" = 'Police' AND u."Id" = d."PoliceAreaId")
                            OR ("ConsentProvisions"."FromAgency" = 'School' AND u."Id" IN
                                (SELECT e."SchoolId" FROM "Enrolments" e WHERE e."PupilId" = p."Id" AND e."EndsOn" IS NULL)))
                        WHERE c."Id" = "ConsentProvisions"."ConsentId" LIMIT 1),
                    '')
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentProvisions_FromAuthority_DisclosedByAuthority",
                table: "ConsentProvisions",
                columns: new[] { "FromAuthority", "DisclosedByAuthority" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ConsentProvisions_FromAuthority_DisclosedByAuthority",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "FromAuthority",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "RefusedAt",
                table: "ConsentProvisions");

            migrationBuilder.DropColumn(
                name: "RefusedBy",
                table: "ConsentProvisions");
        }
    }
}
