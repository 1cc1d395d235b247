using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Interventions;

public sealed class InterventionKindType : EnumerationGraphType<InterventionKind>
{
    public InterventionKindType() => Description = "The kinds of record agencies keep about their work with a pupil.";
}

public sealed class InterventionInterface : InterfaceGraphType<Intervention>
{
    public InterventionInterface()
    {
        Name = RecordKinds.Intervention.TypeName;
        Description = "A record one agency keeps about its work with a pupil: a report of concern, an investigation, an intervention, a BUP contact, an SSPF case…";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the record.");
        Field<NonNullGraphType<InterventionKindType>>("kind").Description("What kind of record this is.");
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency that keeps the record.");
        Field<UnitType>("unit").Description("The unit that keeps the record; withheld for a protected identity.");
        Field<NonNullGraphType<DateOnlyGraphType>>("openedOn").Description("Day the record was opened or received.");
        Field<DateOnlyGraphType>("closedOn").Description("Day it was closed, if it has been.");
        Field<NonNullGraphType<BooleanGraphType>>("open").Description("Whether it is open today.");
        Field<StringGraphType>("summary").Description("A short summary, as the agency wrote it.");
        Field<StringGraphType>("closingNote").Description("How it ended, as the agency recorded it.");
        Field<StringGraphType>("delayReason").Description("Why an act came after its statutory deadline, when it did.");
        Field<StringGraphType>("handlerName").Description("The case's named handler (handläggare), if one is named; withheld for a protected identity.");
        Field<StringGraphType>("handlerContact").Description("How to reach the handler; withheld for a protected identity.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Version for optimistic concurrency: pass it back when changing the record.");
        foreach (var field in Fields)
        {
            field.Metadata[FieldCategories.MetadataKey] = RolePolicy.InterventionCategories;
        }
    }
}

/// <summary>The fields every intervention type shares, and the pupil's list of them.</summary>
public static class InterventionFields
{
    public static void AddCommon<T>(ObjectGraphType<T> type)
        where T : Intervention
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the record.").Resolve(c => GlobalId.Encode(RecordKinds.Intervention.TypeName, c.Source.Id));
        type.Field<NonNullGraphType<InterventionKindType>>("kind").Description("What kind of record this is.").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<AgencyType>>("agency").Description("The agency that keeps the record.").Resolve(c => c.Source.OwnerAgency);
        type.Field<UnitType>("unit").Description("The unit that keeps the record; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.UnitId);
        type.Field<NonNullGraphType<DateOnlyGraphType>>("openedOn").Description("Day the record was opened or received.").Resolve(c => c.Source.OpenedOn);
        type.Field<DateOnlyGraphType>("closedOn").Description("Day it was closed, if it has been.").Resolve(c => c.Source.ClosedOn);
        type.Field<NonNullGraphType<BooleanGraphType>>("open").Description("Whether it is open today.")
            .Resolve(c => IsOpen(c.Source, c.RequestServices!.GetRequiredService<PersonalData>().Today));
        type.Field<StringGraphType>("summary").Description("A short summary, as the agency wrote it.").Resolve(c => c.Source.Summary);
        type.Field<StringGraphType>("closingNote").Description("How it ended, as the agency recorded it.").Resolve(c => c.Source.ClosingNote);
        type.Field<StringGraphType>("delayReason").Description("Why an act came after its statutory deadline, when it did.").Resolve(c => c.Source.DelayReason);
        type.Field<StringGraphType>("handlerName").Description("The case's named handler (handläggare), if one is named; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.HandlerName);
        type.Field<StringGraphType>("handlerContact").Description("How to reach the handler; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.HandlerContact);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("Version for optimistic concurrency: pass it back when changing the record.").Resolve(c => c.Source.Version);
    }

    public static bool IsOpen(Intervention i, DateOnly today) => i.OpenedOn <= today && (i.ClosedOn is null || i.ClosedOn > today);

    public static void AddTo(ObjectGraphType<Pupil> pupil) =>
        pupil.Field<ListGraphType<NonNullGraphType<InterventionInterface>>>("interventions")
            .Description("Records the caller's own authority keeps about the pupil, in the categories the caller's role reads, oldest first.")
            .Argument<ListGraphType<NonNullGraphType<InterventionKindType>>>("kinds", "Only these kinds.")
            .Argument<BooleanGraphType>("open", "Only open (true) or only closed (false) records.")
            .Category(RolePolicy.InterventionCategories)
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<InterventionKind>?>("kinds");
                var open = c.GetArgument<bool?>("open");
                var today = c.RequestServices!.GetRequiredService<PersonalData>().Today;
                return c.RequestServices!.GetRequiredService<Loaders>().Interventions.Load(c.Source.Id)
                    .Then(list => list.Where(i => (kinds is null || kinds.Contains(i.Kind)) && (open is null || IsOpen(i, today) == open)).ToList());
            });
}
