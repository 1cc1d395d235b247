using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Audit;
using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Families;

/// <summary>
/// The family's own view: a guardian (or the pupil from the consent age) signed in with a family
/// token reads, for their own children only, the consents and their provisions and who has read the
/// children's data. Its types are the family's own, with no field that names staff; staff tokens
/// are refused here, and a family token is refused everywhere else (<see cref="FamilyAccess"/>).
/// </summary>
public static class FamilyQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        var field = query.Field<NonNullGraphType<FamilyViewType>>("family")
            .Description("The family's own view, for a guardian or a pupil signed in with a family token: their own children only. Staff tokens are refused (ACCESS_DENIED).")
            .Category(DataCategory.Identity)
            .Resolve(c => c.RequestServices!.GetRequiredService<FamilyData>().Member);
        field.FieldType.FamilyOnly();
    }

    // A family's lists are short (a few children, a few consents each, a dozen provisions): they weigh that, not a page of pupils.
    internal const double FewChildren = 3;
    internal const double FewConsents = 4;
    internal const double FewProvisions = 12;
}

public sealed class FamilyViewType : ObjectGraphType<FamilyMember>
{
    public FamilyViewType()
    {
        Name = "FamilyView";
        Description = "What the signed-in guardian or pupil sees of their own family.";
        Field<NonNullGraphType<RoleType>>("role").Description("GUARDIAN, or PUPIL for the pupil's own sign-in.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyChildType>>>>("children")
            .Description("A guardian's children in their custody today; for a pupil, the pupil themself.")
            .WithComplexityImpact(1, FamilyQueries.FewChildren)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<FamilyData>().ChildrenAsync(c.CancellationToken));
        this.TagAllFields(DataCategory.Identity);
        this.FamilyOnly();
    }
}

public sealed class FamilyChildType : ObjectGraphType<Pupil>
{
    public FamilyChildType()
    {
        Name = "FamilyChild";
        Description = "One of the family's children, as the family sees the hub's records of them.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the pupil.").Resolve(c => GlobalId.Encode(RecordKinds.Pupil.TypeName, c.Source.Id));
        Field(p => p.GivenName).Description("Given name.");
        Field(p => p.FamilyName).Description("Family name.");
        Field(p => p.ProtectedIdentity).Description("Whether the child has a protected identity: then no unit (school, group, clinic) is named anywhere in this view.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyConsentType>>>>("consents")
            .Description("Every consent recorded for the child, with all its provisions, whoever recorded it.").Category(DataCategory.Consent)
            .WithComplexityImpact(1, FamilyQueries.FewConsents)
            .ResolveAsync(async c => (await c.RequestServices!.GetRequiredService<FamilyData>().ConsentsOfAsync(c.Source, c.CancellationToken))
                .Select(r => new FamilyConsent(r, c.Source.ProtectedIdentity)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyConsentRequestType>>>>("consentRequests")
            .Description("Every request for consent the family was asked about the child, oldest first; OPEN ones await the family's answer (answerFamilyConsentRequest).")
            .Category(DataCategory.Consent)
            .WithComplexityImpact(1, FamilyQueries.FewConsents)
            .ResolveAsync(async c => (await c.RequestServices!.GetRequiredService<FamilyData>().ConsentRequestsOfAsync(c.Source, c.CancellationToken))
                .Select(r => new FamilyConsentRequest(r, c.Source.ProtectedIdentity)).ToList());
        Field<NonNullGraphType<GuardianReportType>>("accessReport")
            .Description("Who has read the child's data, by day, agency and unit, never naming staff; no unit at all for a protected identity.").Category(DataCategory.AccessLog)
            .ResolveAsync(async c =>
            {
                var family = c.RequestServices!.GetRequiredService<FamilyData>();
                family.ReadAccessReport(c.Source);
                var emergencies = await family.EmergencyAccessesOfAsync(c.Source, c.CancellationToken);
                return await GuardianReport.BuildAsync(c.RequestServices!.GetRequiredService<HubDbContext>(), c.RequestServices!.GetRequiredService<UnitDirectory>(),
                    c.Source.Id, c.Source.ProtectedIdentity, emergencies, c.CancellationToken);
            });
        this.TagAllFields(DataCategory.Identity);
        this.FamilyOnly();
    }
}
