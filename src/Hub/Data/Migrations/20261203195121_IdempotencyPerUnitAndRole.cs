using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyPerUnitAndRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IdempotencyKeys_ActorId_Key",
                table: "IdempotencyKeys");

            migrationBuilder.AddColumn<string>(
                name: "ActorRole",
                table: "IdempotencyKeys",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ActorUnitId",
                table: "IdempotencyKeys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // A key stored before this migration takes the unit and role of the change it made (written in the same
            // transaction, with the same time), so a partner's retry across the upgrade still replays.
            migrationBuilder.Sql("""
                UPDATE "IdempotencyKeys" SET
                    "ActorUnitId" = COALESCE((SELECT c."ActorUnitId" FROM "Changes" c WHERE c."ActorId" = "IdempotencyKeys"."ActorId"
                        AND c."Operation" = "IdempotencyKeys"."Operation" AND c."EntityId" = "IdempotencyKeys"."EntityId"
                        AND c."At" = "IdempotencyKeys"."At" ORDER BY c."Sequence" LIMIT 1), 0),
                    "ActorRole" = COALESCE((SELECT c."ActorRole" FROM "Changes" c WHERE c."ActorId" = "IdempotencyKeys"."ActorId"
                        AND c."Operation" = "IdempotencyKeys"."Operation" AND c."EntityId" = "IdempotencyKeys"."EntityId"
                        AND c."At" = "IdempotencyKeys"."At" ORDER BY c."Sequence" LIMIT 1), '')
                """);

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyKeys_ActorId_ActorUnitId_ActorRole_Key",
                table: "IdempotencyKeys",
                columns: new[] { "ActorId", "ActorUnitId", "ActorRole", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IdempotencyKeys_ActorId_ActorUnitId_ActorRole_Key",
                table: "IdempotencyKeys");

            migrationBuilder.DropColumn(
                name: "ActorRole",
                table: "IdempotencyKeys");

            migrationBuilder.DropColumn(
                name: "ActorUnitId",
                table: "IdempotencyKeys");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyKeys_ActorId_Key",
                table: "IdempotencyKeys",
                columns: new[] { "ActorId", "Key" },
                unique: true);
        }
    }
}
