using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegionCareAndLeisure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The directory gains the region's first-line and habilitation units beside each BUP clinic (BUS), and each
            // district's leisure unit (SSPF), as the demo city seeds them; a database with no districts yet gains nothing.
            migrationBuilder.Sql(
                "INSERT INTO Units (Code, Name, Kind, Agency, Authority) "
                + "SELECT 'forsta-linjen:' || substr(b.Code, 5), 'Vårdcentralen ' || substr(b.Name, 5) || ', första linjen barn och unga', "
                + "'FirstLineUnit', 'FirstLinePsychiatry', 'vardcentral:' || substr(b.Code, 5) FROM Units b "
                + "WHERE b.Kind = 'BupClinic' AND b.Code LIKE 'bup:%' AND b.Name LIKE 'BUP %' "
                + "AND NOT EXISTS (SELECT 1 FROM Units x WHERE x.Code = 'forsta-linjen:' || substr(b.Code, 5))");
            migrationBuilder.Sql(
                "INSERT INTO Units (Code, Name, Kind, Agency, Authority) "
                + "SELECT 'habilitering:' || substr(b.Code, 5), 'Habiliteringen ' || substr(b.Name, 5) || ', barn och ungdom', "
                + "'HabilitationUnit', 'Habilitation', 'region:habilitering' FROM Units b "
                + "WHERE b.Kind = 'BupClinic' AND b.Code LIKE 'bup:%' AND b.Name LIKE 'BUP %' "
                + "AND NOT EXISTS (SELECT 1 FROM Units x WHERE x.Code = 'habilitering:' || substr(b.Code, 5))");
            migrationBuilder.Sql(
                "INSERT INTO Units (Code, Name, Kind, Agency, Authority, DistrictId) "
                + "SELECT 'leisure:' || d.Code, d.Name || ' fritid (fritidsgårdar)', 'LeisureUnit', 'Leisure', 'leisure:' || d.Code, d.Id "
                + "FROM Districts d WHERE NOT EXISTS (SELECT 1 FROM Units x WHERE x.Code = 'leisure:' || d.Code)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM Units WHERE Kind IN ('FirstLineUnit', 'HabilitationUnit', 'LeisureUnit')");
        }
    }
}
