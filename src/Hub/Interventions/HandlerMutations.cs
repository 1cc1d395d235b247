using GraphQL.Types;
using Hub.Access;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// A case has a named handler (handläggare) the other agencies can reach (seed 004: staff turnover,
/// and investigators who are hard to reach). The unit that keeps the case names the handler, and
/// names a new one when the handler changes; each change is in the record of changes, and so an
/// event to every subscriber who reads the case.
/// </summary>
public static class HandlerMutations
{
    public const int MaxName = 200;
    public const int MaxContact = 200;

    private static readonly Who Keepers = Who.Of(Agency.SocialServices, "social services' staff", Role.Investigator, Role.SocialContactPerson, Role.SchoolSocialWorker, Role.UnitManager)
        .Or(Who.Of(Agency.Bup, "a BUP clinician", Role.Clinician))
        .Or(Who.Of(Agency.Police, "a police officer in SSPF", Role.PoliceOfficer));

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<AssignHandlerInputType, AssignHandlerInput, HandlerPayloadType>("assignHandler",
            "Names the handler (handläggare) of an open case the caller's unit keeps, and how to reach them; a new handler replaces the one before.",
            Keepers, AssignAsync);

    private static async Task<object> AssignAsync(Write w, AssignHandlerInput input)
    {
        var record = await KeptByCallerAsync(w, w.Data.Interventions, input.InterventionId, input.Version, "interventionId", "case");
        if (record.ClosedOn is DateOnly closed && closed <= w.Today)
        {
            throw Refuse(UserErrorCode.WrongState, "interventionId", $"The case closed on {closed:yyyy-MM-dd}: a closed case gets no new handler.");
        }

        var name = Text(input.Name, "name", MaxName)!;
        var contact = Text(input.Contact, "contact", MaxContact)!;
        if (record.HandlerName == name && record.HandlerContact == contact)
        {
            throw Refuse(UserErrorCode.Invalid, "name", $"{name} already handles the case, reached the same way.");
        }

        record.HandlerName = name;
        record.HandlerContact = contact;
        return record;
    }
}

public sealed class AssignHandlerInput : MutationInput
{
    public string InterventionId { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string Contact { get; set; } = "";
}

public sealed class AssignHandlerInputType : MutationInputType<AssignHandlerInput>
{
    public AssignHandlerInputType()
        : base("AssignHandlerInput", "The handler (handläggare) of a case, and how to reach them.")
    {
        Field<NonNullGraphType<IdGraphType>>("interventionId").Description("An open case the caller's unit keeps.");
        Field(i => i.Version).Description("The case's version as last read.");
        Field(i => i.Name).Description($"The handler's name (at most {HandlerMutations.MaxName} characters).");
        Field(i => i.Contact).Description($"Work phone or e-mail (at most {HandlerMutations.MaxContact} characters).");
    }
}

/// <summary>The case whose handler changed, read back through the caller's own access, whatever its kind.</summary>
public sealed class HandlerPayloadType : PayloadType<InterventionInterface, Intervention>
{
    public HandlerPayloadType()
        : base("AssignHandlerPayload", "case", "a case's handler", DataCategory.Investigation, data => data.Interventions) =>
        GetField("case")!.Metadata[FieldCategories.MetadataKey] = RolePolicy.InterventionCategories;
}
