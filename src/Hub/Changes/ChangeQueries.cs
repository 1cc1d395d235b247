using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Audit;
using Hub.Organisation;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Changes;

/// <summary>
/// The record of changes, for the data-protection officer: who changed what about which pupil,
/// when, through which mutation. Tagged <see cref="DataCategory.AccessLog"/>, which only that role
/// reads; each read is logged like a read of the access log.
/// </summary>
public static class ChangeQueries
{
    public const int DefaultCount = 50;
    public const int MaxCount = 500;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeRecordType>>>>("changes")
            .Description("Committed changes, newest first: who (person, unit, role) changed which record of which pupil, when, by which mutation. "
                + "For the data-protection officer; this read is logged too.")
            .Argument<IdGraphType>("pupil", "Only changes to this pupil's records.")
            .Argument<IntGraphType>("last", $"How many, 1–{MaxCount} (default {DefaultCount}).")
            .Argument<StringGraphType>("before", "Only changes older than this sequence number (for paging back).")
            .Category(DataCategory.AccessLog)
            .ResolveAsync(async c =>
            {
                var db = AccessLogQueries.Log(c);
                var last = c.GetArgument("last", DefaultCount);
                if (last is < 1 or > MaxCount)
                {
                    throw new InvalidInputError("last", $"must be between 1 and {MaxCount}");
                }

                var pupil = c.GetArgument<string?>("pupil");
                int? pupilId = pupil is null ? null : GlobalId.DecodeArgument(pupil, RecordKinds.Pupil.TypeName, "pupil");
                var before = long.MaxValue;
                if (c.GetArgument<string?>("before") is { } text && !long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out before))
                {
                    throw new InvalidInputError("before", "is not a sequence number");
                }

                var rows = await db.Changes.AsNoTracking()
                    .Where(r => r.Sequence < before && (pupilId == null || r.PupilId == pupilId))
                    .OrderByDescending(r => r.Sequence).Take(last).ToListAsync(c.CancellationToken);
                c.RequestServices!.GetRequiredService<OversightReads>().Read(pupilId);
                return rows;
            });
}

public sealed class ChangeRecordType : ObjectGraphType<ChangeRecord>
{
    public ChangeRecordType()
    {
        Name = "ChangeRecord";
        Description = "One committed change, recorded in the same transaction as the change itself.";
        Field<NonNullGraphType<StringGraphType>>("sequence").Description("Position in the record of changes; only grows (a string: it outgrows 32 bits).")
            .Resolve(c => c.Source.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(r => r.At).Description("When it was committed (UTC).");
        Field(r => r.Operation).Description("The mutation that made it, e.g. recordConsent; schoolYearRollover for the hub's own change when a school year begins.");
        Field(r => r.EntityType).Description("The kind of record changed, e.g. Placement, Intervention, ConsentRecord.");
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("Global id of the record changed.")
            .Resolve(c => GlobalId.Encode(IdType(c.Source.EntityType), c.Source.EntityId));
        Field<IdGraphType>("pupilId").Description("Global id of the pupil the record is about, if any.")
            .Resolve(c => c.Source.PupilId is int id ? GlobalId.Encode(RecordKinds.Pupil.TypeName, id) : null);
        Field(r => r.ActorId).Description("The person who made the change (the id in their token).");
        Field(r => r.ActorName).Description("Their name.");
        Field<UnitType>("actorUnit").Description("The unit they acted for; null for a family member and for the hub itself.").ResolveUnit(r => r.ActorUnitId);
        Field(r => r.ActorRole).Description("The role they acted in; System for the hub itself (actorId hub).");
        this.TagAllFields(DataCategory.AccessLog);
    }

    /// <summary>The global-id type of a stored entity type: the name the schema gives its kind (a consent is a Consent, an absence report a TermAbsence).</summary>
    public static string IdType(string entityType) => RecordKinds.OfStored(entityType)?.TypeName ?? entityType;
}
