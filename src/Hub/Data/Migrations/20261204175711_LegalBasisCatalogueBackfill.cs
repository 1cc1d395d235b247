using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <summary>
    /// Brings existing legal bases to the catalogue's shape (Records/LegalBasisKinds), apart from
    /// LegalBasisCatalogue's table changes, so that no statement runs while SQLite rebuilds a table.
    /// </summary>
    public partial class LegalBasisCatalogueBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The bases the catalogue added have no place in the old shape; the report's old basis never applied, so it is not restored.
            migrationBuilder.Sql("DELETE FROM LegalBases WHERE SourceInterventionId IS NULL OR Kind <> 'InvestigationDutyToInform' OR Category NOT IN ('Placement', 'Absence')");
        }

        private const string DutyCitation = "Offentlighets- och sekretesslag (2009:400) 10 kap. 28 §";
        private const string SspfCitation = "Offentlighets- och sekretesslag (2009:400) 10 kap. 18 a §";
    }
}
