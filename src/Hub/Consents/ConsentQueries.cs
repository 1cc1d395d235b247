using GraphQL.Types;
using Hub.Access;
using Hub.Records;

namespace Hub.Consents;

/// <summary>What waits for the caller's authority: provisions it is named to confirm or refuse, and the families' answers to its requests.</summary>
public static class ConsentQueries
{
    public const int MaxConsents = 200;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PendingConsentProvisionType>>>>("pendingConsentProvisions")
            .Description($"Provisions that name the caller's authority as keeping the records and wait for it to confirm or refuse them "
                + $"(confirmConsentProvision, refuseConsentProvision): of pupils the caller sees, in categories its role reads, in consents that run and "
                + $"were not withdrawn; oldest first, from at most {MaxConsents} consents.")
            .Category(DataCategory.Consent)
            .ResolveAsync(async c =>
            {
                var pending = await c.RequestServices!.GetRequiredService<PersonalData>().PendingProvisionsAsync(MaxConsents, c.CancellationToken);
                await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(pending.Select(p => p.Consent.Pupil).ToList(), c.CancellationToken);
                return pending.Select(p => new PendingConsentProvision(p.Consent, p.Provision)).ToList();
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpenConsentRequestType>>>>("openConsentRequests")
            .Description($"Requests for consent the caller's authority asked (askForConsent) that wait for the family's answer: of pupils the caller sees, "
                + $"with what its role reads; oldest first, at most {ConsentRequests.MaxOpen}.")
            .Category(DataCategory.Consent)
            .ResolveAsync(async c =>
            {
                var open = await c.RequestServices!.GetRequiredService<PersonalData>().OpenConsentRequestsAsync(ConsentRequests.MaxOpen, c.CancellationToken);
                await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(open.Select(r => r.Pupil).DistinctBy(p => p.Id).ToList(), c.CancellationToken);
                return open.Select(r => new OpenConsentRequest(r)).ToList();
            });
    }
}

/// <summary>A request waiting for the family's answer, with its pupil: fields read of that pupil.</summary>
public sealed record OpenConsentRequest(ConsentRequest Request) : IPupilDataRoot
{
    int? IPupilDataRoot.PupilId => Request.PupilId;
}

public sealed class OpenConsentRequestType : ObjectGraphType<OpenConsentRequest>
{
    public OpenConsentRequestType()
    {
        Name = "OpenConsentRequest";
        Description = "A request for consent the caller's authority asked, waiting for the family's answer.";
        Field<NonNullGraphType<ConsentRequestType>>("request").Description("The request.").Resolve(c => c.Source.Request);
        Field<NonNullGraphType<GraphQLTypeReference>>("pupil").Description("The pupil it is about.").Resolve(c => c.Source.Request.Pupil)
            .Type(new NonNullGraphType(new GraphQLTypeReference(RecordKinds.Pupil.TypeName)));
        this.TagAllFields(DataCategory.Consent);
    }
}

/// <summary>A provision waiting for the caller's authority, with its consent and pupil: fields read of that pupil.</summary>
public sealed record PendingConsentProvision(ConsentRecord Consent, ConsentProvision Provision) : IPupilDataRoot
{
    int? IPupilDataRoot.PupilId => Consent.PupilId;
}

public sealed class PendingConsentProvisionType : ObjectGraphType<PendingConsentProvision>
{
    public PendingConsentProvisionType()
    {
        Name = "PendingConsentProvision";
        Description = "A provision that waits for the caller's authority to confirm or refuse it.";
        Field<NonNullGraphType<ConsentProvisionType>>("provision").Description("The provision.")
            .Resolve(c => new PupilPart<ConsentProvision>(c.Source.Consent.PupilId, c.Source.Provision));
        Field<NonNullGraphType<ConsentType>>("consent").Description("The consent it is part of: its period, signatures and form reference.")
            .Resolve(c => c.Source.Consent);
        // By name: the pupil's type is composed above the consents feature, which it shows.
        Field<NonNullGraphType<GraphQLTypeReference>>("pupil").Description("The pupil the consent is about.").Resolve(c => c.Source.Consent.Pupil)
            .Type(new NonNullGraphType(new GraphQLTypeReference(RecordKinds.Pupil.TypeName)));
        this.TagAllFields(DataCategory.Consent);
    }
}
