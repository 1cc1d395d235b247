using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Organisation;
using Hub.Records;

namespace Hub.ContactPersons;

/// <summary>
/// Each school of a district is told when its contact person changes, and says it has taken the
/// change in: a notice per school, listed for the school until acknowledged, and for the district's
/// social services as the schools that have not yet.
/// </summary>
public static class ContactPersonNotices
{
    public const int Max = 200;

    private static readonly Who SchoolStaff = Who.Of(Agency.School, "a school's principals and teachers", Role.Principal, Role.Teacher);

    /// <summary>The schools a district's notices go to: its schools, municipal and independent (teaching groups are told through their host school).</summary>
    public static IEnumerable<Unit> SchoolsOf(IEnumerable<Unit> units, int districtId) =>
        units.Where(u => u.Kind == UnitKind.School && u.DistrictId == districtId).OrderBy(u => u.Id);

    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactPersonNoticeType>>>>("contactPersonNotices")
            .Description($"Notices that a district's contact person changes, newest first (at most {Max}): a school's own; for a district's social services, "
                + "every school's of its district. acknowledged: false lists those still to acknowledge (about a person serving or about to).")
            .Argument<BooleanGraphType>("acknowledged", "Only those acknowledged (true), or not yet (false).")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PersonalData>()
                .ContactPersonNoticesAsync(c.GetArgument<bool?>("acknowledged"), Max, c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Mutation<AcknowledgeContactPersonNoticeInputType, AcknowledgeContactPersonNoticeInput, ContactPersonNoticePayloadType>(
            "acknowledgeContactPersonNotice",
            "Acknowledges, for the caller's school, the notice that the district's contact person changes: the school has taken the new person in.",
            SchoolStaff, AcknowledgeAsync);

    private static async Task<object> AcknowledgeAsync(Write w, AcknowledgeContactPersonNoticeInput input)
    {
        // Only the school told acknowledges: social services see the district's notices, but do not answer for a school.
        var notice = await w.RecordAsync(w.Data.ContactPersonNotices.Where(n => n.SchoolId == w.Caller.UnitId),
            input.NoticeId, RecordKinds.ContactPersonNotice.TypeName, "noticeId");
        w.Expect(notice, input.Version);
        if (notice.AcknowledgedAt is DateTime at)
        {
            throw Write.Refuse(UserErrorCode.WrongState, "noticeId", $"The notice was already acknowledged, by {notice.AcknowledgedBy} on {at:yyyy-MM-dd}.");
        }

        notice.AcknowledgedAt = w.Now;
        notice.AcknowledgedBy = w.Caller.Name;
        return notice;
    }
}

public sealed class ContactPersonNoticeType : ObjectGraphType<ContactPersonNotice>
{
    public ContactPersonNoticeType()
    {
        Name = RecordKinds.ContactPersonNotice.TypeName;
        Description = "A school told that its district's contact person changes, from a day on, and whether it has acknowledged it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the notice.")
            .Resolve(c => GlobalId.Encode(RecordKinds.ContactPersonNotice.TypeName, c.Source.Id));
        Field<NonNullGraphType<ContactPersonType>>("contactPerson").Description("The contact person named.").Resolve(c => c.Source.ContactPerson);
        Field<NonNullGraphType<UnitType>>("school").Description("The school told.").ResolveUnit(n => n.SchoolId);
        Field(n => n.EffectiveOn).Description("The day the change takes effect: the new contact person's first day.");
        Field(n => n.SentAt).Description("When the notice was sent (UTC).");
        Field(n => n.AcknowledgedAt, nullable: true).Description("When the school acknowledged it (UTC); null until then.");
        Field(n => n.AcknowledgedBy, nullable: true).Description("Who at the school acknowledged it.");
        Field(n => n.Version).Description("Version for optimistic concurrency: pass it back when acknowledging.");
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class AcknowledgeContactPersonNoticeInput : MutationInput
{
    public string NoticeId { get; set; } = "";
    public int Version { get; set; }
}

public sealed class AcknowledgeContactPersonNoticeInputType : MutationInputType<AcknowledgeContactPersonNoticeInput>
{
    public AcknowledgeContactPersonNoticeInputType()
        : base("AcknowledgeContactPersonNoticeInput", "A school's acknowledgement that its district's contact person changes.")
    {
        Field<NonNullGraphType<IdGraphType>>("noticeId").Description("The notice, as sent to the caller's school.");
        Field(i => i.Version).Description("The notice's version as last read.");
    }
}

public sealed class ContactPersonNoticePayloadType : PayloadType<ContactPersonNoticeType, ContactPersonNotice>
{
    public ContactPersonNoticePayloadType()
        : base("ContactPersonNoticePayload", "notice", "a contact-person notice", RecordKinds.ContactPersonNotice)
    {
    }
}
