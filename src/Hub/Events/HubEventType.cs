using GraphQL.Types;
using Hub.Access;
using Hub.Attendance;
using Hub.Consents;
using Hub.Interventions;
using Hub.Organisation;
using Hub.Placements;
using Hub.Pupils;
using Hub.Records;
using Hub.Sips;
using Microsoft.EntityFrameworkCore;

namespace Hub.Events;

public sealed class HubEventType : ObjectGraphType<HubEvent>
{
    public HubEventType()
    {
        Name = "HubEvent";
        Description = "A committed change, delivered to a subscriber that may see it at the moment of delivery. "
            + "Its record is read with the subscriber's access, like any query; the delivery is in the access log.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Opaque resume point: pass the last one received as `after` when reconnecting, and what was missed comes first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<EventCursor>().Protect(c.Source.Sequence));
        Field(e => e.At).Description("When the change was committed (UTC).");
        Field(e => e.Operation).Description("The mutation that made it, e.g. endPlacement; schoolYearRollover for the hub's own change when a school year begins.");
        Field<NonNullGraphType<EventKindType>>("kind").Description("What kind of record changed.").Resolve(c => c.Source.Kind);
        this.TagAllFields(DataCategory.Directory);

        Field<PupilType>("pupil").Description("The pupil the change is about, as the subscriber may see the pupil.").Category(DataCategory.Identity)
            .ResolveAsync(async c => c.Source.PupilId is int id ? await Data(c).Pupils.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) : null);
        Record<PlacementType, Placement>("placement", RecordKinds.Placement, "The placement, for a placement event.");
        Record<InterventionInterface, Intervention>("intervention", RecordKinds.Intervention, "The record, for an event on a report, assessment, investigation, intervention, school social team case, BUP contact or SSPF case.");
        Record<ConsentType, ConsentRecord>("consent", RecordKinds.Consent, "The consent, for a consent event.");
        Record<SipType, Sip>("sip", RecordKinds.Sip, "The SIP, for a SIP event.");
        Record<AbsenceType, AbsenceRecord>("absence", RecordKinds.Absence, "The termly absence report, for an absence event.");
        Record<ContactPersonType, ContactPerson>("contactPerson", RecordKinds.ContactPerson, "The contact person named, for a contact-person event.");
    }

    /// <summary>The record an event is about, under its kind's field, read through the kind's access-layer set.</summary>
    private void Record<TGraph, TEntity>(string name, RecordKindInfo kind, string description)
        where TGraph : IGraphType
        where TEntity : class =>
        Field<TGraph>(name).Description(description).Category(kind.Category is { } category ? [category] : RolePolicy.InterventionCategories)
            .ResolveAsync(async c => c.Source.Kind != kind.Kind ? null
                : await RecordSets.Visible<TEntity>(Data(c), kind).AsNoTracking()
                    .Where(e => EF.Property<int>(e, "Id") == c.Source.EntityId).FirstOrDefaultAsync(c.CancellationToken));

    private static PersonalData Data(GraphQL.IResolveFieldContext c) => c.RequestServices!.GetRequiredService<PersonalData>();
}

public sealed class EventKindType : EnumerationGraphType<RecordKind>
{
    public EventKindType()
    {
        Name = "EventKind";
        Description = "What kind of record an event is about.";
    }
}
