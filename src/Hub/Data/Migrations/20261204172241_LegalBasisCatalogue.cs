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

            // Backfill to the catalogue's shape (Records/LegalBasisKinds): every basis an existing intervention opens today.
            migrationBuilder.Sql(
                "UPDATE LegalBases SET Statute = '" + DutyCitation + "' WHERE Kind = 'InvestigationDutyToInform'");
            foreach (var (category, agency) in new[] { ("BupContact", "Bup"), ("PoliceSspf", "Police") })
            {
                migrationBuilder.Sql(
                    "INSERT INTO LegalBases (PupilId, Kind, Statute, GrantedToUnitId, Category, FromAgency, FromAuthority, ValidFrom, ValidTo, SourceInterventionId) "
                    + $"SELECT PupilId, 'InvestigationDutyToInform', '{DutyCitation}', UnitId, '{category}', '{agency}', NULL, OpenedOn, ClosedOn, Id "
                    + "FROM Interventions WHERE Kind = 'Investigation'");
            }

            // The old report basis (the school reporter's contact, as category ReportOfConcern from School) never applied: replaced by the reporter's records.
            migrationBuilder.Sql("DELETE FROM LegalBases WHERE Kind = 'ReportOfConcernContact'");
            foreach (var (category, agency) in new[] { ("Placement", "School"), ("Absence", "School"), ("BupContact", "Bup"), ("PoliceSspf", "Police") })
            {
                migrationBuilder.Sql(
                    "INSERT INTO LegalBases (PupilId, Kind, Statute, GrantedToUnitId, Category, FromAgency, FromAuthority, ValidFrom, ValidTo, SourceInterventionId) "
                    + $"SELECT i.PupilId, 'ReportOfConcernReporter', '{DutyCitation}', i.UnitId, '{category}', '{agency}', u.Authority, i.OpenedOn, i.ClosedOn, i.Id "
                    + "FROM Interventions i JOIN Units u ON u.Id = i.ReporterUnitId "
                    + $"WHERE i.Kind = 'ReportOfConcern' AND i.ReporterKind IN ('School', 'Bup', 'Police') AND u.Agency = '{agency}'");
            }

            // SSPF cases open the exchange with the preventive unit of the pupil's registered district, both ways, until 21.
            const string Sspf = "FROM Interventions i JOIN Pupils p ON p.Id = i.PupilId "
                + "JOIN Units s ON s.Id = (SELECT MIN(Id) FROM Units WHERE Kind = 'SocialServicesPreventive' AND DistrictId = p.RegisteredDistrictId) "
                + "WHERE i.Kind = 'SspfCase' AND i.OpenedOn < date(p.BirthDate, '+21 years')";
            const string Until = "CASE WHEN i.ClosedOn IS NOT NULL AND i.ClosedOn < date(p.BirthDate, '+21 years') THEN i.ClosedOn ELSE date(p.BirthDate, '+21 years') END";
            migrationBuilder.Sql(
                "INSERT INTO LegalBases (PupilId, Kind, Statute, GrantedToUnitId, Category, FromAgency, FromAuthority, ValidFrom, ValidTo, SourceInterventionId) "
                + $"SELECT i.PupilId, 'SspfExchange', '{SspfCitation}', s.Id, 'PoliceSspf', 'Police', i.OwnerAuthority, i.OpenedOn, {Until}, i.Id " + Sspf);
            migrationBuilder.Sql(
                "INSERT INTO LegalBases (PupilId, Kind, Statute, GrantedToUnitId, Category, FromAgency, FromAuthority, ValidFrom, ValidTo, SourceInterventionId) "
                + $"SELECT i.PupilId, 'SspfExchange', '{SspfCitation}', i.UnitId, 'SocialServicesIntervention', 'SocialServices', s.Authority, i.OpenedOn, {Until}, i.Id " + Sspf);
        }

        private const string DutyCitation = "Offentlighets- och sekretesslag (2009:400) 10 kap. 28 §";
        private const string SspfCitation = "Offentlighets- och sekretesslag (2009:400) 10 kap. 18 a §";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The bases the catalogue added have no place in the old shape; the report's old basis never applied, so it is not restored.
            migrationBuilder.Sql("DELETE FROM LegalBases WHERE SourceInterventionId IS NULL OR Kind <> 'InvestigationDutyToInform' OR Category NOT IN ('Placement', 'Absence')");
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
