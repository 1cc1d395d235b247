using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Attendance;
using Hub.Consents;
using Hub.Identity;
using Hub.Interventions;
using Hub.Organisation;
using Hub.Placements;
using Hub.Records;
using Hub.Sips;

namespace Hub.Pupils;

public sealed class PupilType : ObjectGraphType<Pupil>
{
    public PupilType()
    {
        Name = RecordKinds.Pupil.TypeName;
        Description = "A pupil (elev) in compulsory school whom the caller has an active relationship with.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the pupil.").Resolve(c => GlobalId.Encode(RecordKinds.Pupil.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("personalIdentityNumber")
            .Description("Personal identity number (personnummer), YYYYMMDD-NNNN; masked (YYYYMMDD-XXXX) for roles that do not need the whole number.")
            .Resolve(c => RolePolicy.SeesFullIdentityNumber(c.RequestServices!.GetRequiredService<PersonalData>().Caller.Role)
                ? PersonalIdentityNumber.Format(c.Source.PersonalIdentityNumber)
                : PersonalIdentityNumber.Mask(c.Source.PersonalIdentityNumber));
        Field(p => p.GivenName).Description("Given name (förnamn).");
        Field(p => p.FamilyName).Description("Family name (efternamn).");
        Field(p => p.BirthDate).Description("Date of birth, from the personal identity number.");
        Field(p => p.Grade, nullable: true).Description("School year (årskurs), 0–9; null for a child the hub knows only from a report of concern (never enrolled at a school of the city).");
        Field(p => p.Version).Description("Version for optimistic concurrency: pass it back when changing the pupil.");
        Field(p => p.ProtectedIdentity).Description("Protected identity (skyddade personuppgifter): school, group and district reach only those who strictly need them.");
        Field<UnitType>("homeSchool").Description("The school responsible for the pupil (hemskola); null for a child never enrolled, and withheld for a protected identity.").Location()
            .ResolveUnit(s => s.HomeSchoolId);
        Field<DistrictType>("registeredDistrict").Description("The district the pupil is registered in (folkbokförd), whose social services are responsible; withheld for a protected identity.").Location()
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<UnitDirectory>().DistrictAsync(c.Source.RegisteredDistrictId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryAccessType>>>>("access")
            .Description("Per data category: whether the caller may read it for this pupil, on which bases, or what is missing. The same whether or not data exists.")
            .Resolve(c => c.RequestServices!.GetRequiredService<AccessDecisions>().For(c.Source.Id).Decisions.Values.ToList());
        this.TagAllFields(DataCategory.Identity);

        Field<ListGraphType<NonNullGraphType<GuardianType>>>("guardians")
            .Description("The pupil's guardians (vårdnadshavare) with custody today; two means joint custody.")
            .Category(DataCategory.Guardians)
            .Resolve(c => Loaders(c).Custodies.Load(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<EnrolmentType>>>("enrolments")
            .Description("Enrolments (inskrivningar) kept by the caller's own school authority, oldest first.")
            .Category(DataCategory.Enrolment)
            .Resolve(c => Loaders(c).Enrolments.Load(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<PlacementType>>>("placements")
            .Description("Placements in special teaching groups decided by the caller's own authority, oldest first.")
            .Category(DataCategory.Placement)
            .Resolve(c => Loaders(c).Placements.Load(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<CsuAssessmentType>>>("csuAssessments")
            .Description("The pupil-health unit's assessments of a CSU place that concern the caller's unit (the unit itself, the home school, the school the group belongs to), oldest first.")
            .Category(DataCategory.CsuAssessment)
            .Resolve(c => Loaders(c).CsuAssessments.Load(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<AbsenceType>>>("absence")
            .Description("Termly absence (frånvaro) reported by the caller's own school authority, oldest first.")
            .Category(DataCategory.Absence)
            .Resolve(c => Loaders(c).Absence.Load(c.Source.Id));
        InterventionFields.AddTo(this);
        Field<ListGraphType<NonNullGraphType<SipType>>>("sips")
            .Description("Coordinated individual plans (SIP) the caller's authority takes part in.")
            .Category(DataCategory.Sip)
            .Resolve(c => Loaders(c).Sips.Load(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<ConsentType>>>("consents")
            .Description("Consents (samtycken) the caller's agency takes part in, recorded by it or giving to or from it, oldest first.")
            .Category(DataCategory.Consent)
            .Resolve(c => Loaders(c).Consents.Load(c.Source.Id));
        Field<ListGraphType<NonNullGraphType<ConsentRequestType>>>("consentRequests")
            .Description("Requests for consent the family was asked that the caller's agency takes part in (asked by it, or for something to cross to or from it), oldest first.")
            .Category(DataCategory.Consent)
            .Resolve(c => Loaders(c).ConsentRequests.Load(c.Source.Id));
    }

    private static Loaders Loaders(global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Loaders>();
}
