using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Identity;
using Hub.Organisation;
using Hub.Records;

namespace Hub.InformationRequests;

/// <summary>
/// A request as the school it is addressed to reads it, and no more: who the pupil is, what is asked,
/// by when, and who asked and how to reach them (withheld for a protected identity, as the asking
/// district would tell where the pupil lives). Nothing of the investigation besides that it asks; not
/// the answer once given. Read on the request's own basis, each read logged as identity and investigation.
/// </summary>
public sealed class InformationRequestToAnswerType : ObjectGraphType<AddressedRequest>
{
    public InformationRequestToAnswerType()
    {
        Name = "InformationRequestToAnswer";
        Description = "An information request (begäran om uppgifter) addressed to the caller's school or teaching group, as the school reads it while it is to answer.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the request: pass it when answering.")
            .Resolve(c => GlobalId.Encode(RecordKinds.InformationRequest.TypeName, c.Source.Request.Id));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Version for optimistic concurrency: pass it back when answering.").Resolve(c => c.Source.Request.Version);
        Field<NonNullGraphType<InformationRequestPupilType>>("pupil").Description("Who the pupil is, as far as answering needs.").Resolve(c => c.Source);
        Field<NonNullGraphType<UnitType>>("addressedTo").Description("The caller's school, or the teaching group it hosts, that is asked.")
            .ResolveUnit(r => r.Request.AddressedToId);
        Field<NonNullGraphType<DateOnlyGraphType>>("requestedOn").Description("The day it was asked.").Resolve(c => c.Source.Request.RequestedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The day to answer by.").Resolve(c => c.Source.Request.DueOn);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Whether it is unanswered and its day has passed.")
            .Resolve(c => InformationRequestType.Overdue(c, c.Source.Request, c.Source.Request.Investigation.ClosedOn));
        Field<NonNullGraphType<InformationRequestStatusType>>("status").Description("OPEN while it waits for the answer; ANSWERED once given.")
            .Resolve(c => InformationRequestRules.StatusOf(c.Source.Request, c.Source.Request.Investigation.ClosedOn, InformationRequestType.Today(c)));
        Field<NonNullGraphType<StringGraphType>>("questions").Description("What the school is asked.").Resolve(c => c.Source.Request.Questions);
        Field<StringGraphType>("requestedBy").Description("The investigator who asked; withheld for a protected identity.")
            .Resolve(c => Located(c, c.Source.Request.RequestedBy));
        Field<UnitType>("requestedByUnit").Description("The social-services unit that asked; withheld for a protected identity.")
            .ResolveAsync(async c => Located(c, await c.RequestServices!.GetRequiredService<UnitDirectory>().UnitAsync(c.Source.Request.RequestedByUnitId, c.CancellationToken)));
        Field<StringGraphType>("contact").Description("How to reach the investigator; withheld for a protected identity.")
            .Resolve(c => Located(c, c.Source.Request.Contact));
        Field<DateOnlyGraphType>("answeredOn").Description("The day the school answered, once it has.").Resolve(c => c.Source.Request.AnsweredOn);
        TagAll(this);
    }

    /// <summary>Everything a request tells its school is a read of who the pupil is and of the investigation that asks.</summary>
    internal static void TagAll(IComplexGraphType type)
    {
        foreach (var field in type.Fields)
        {
            field.Metadata[FieldCategories.MetadataKey] = new[] { DataCategory.Identity, DataCategory.Investigation };
        }
    }

    /// <summary>Who asked, from which district and how to reach them tell where a protected pupil lives: only a cleared caller reads them.</summary>
    private static T? Located<T>(IResolveFieldContext<AddressedRequest> c, T? value) => c.Source.LocationVisible ? value : throw new ProtectedIdentityError();
}

public sealed class InformationRequestPupilType : ObjectGraphType<AddressedRequest>
{
    public InformationRequestPupilType()
    {
        Name = "InformationRequestPupil";
        Description = "Who an information request is about, as the school asked reads it: enough to know the pupil, no more.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the pupil: what the school reads of the pupil besides is by its own relationship.")
            .Resolve(c => GlobalId.Encode(RecordKinds.Pupil.TypeName, c.Source.Request.PupilId));
        Field<NonNullGraphType<StringGraphType>>("givenName").Description("Given name.").Resolve(c => c.Source.Request.Pupil.GivenName);
        Field<NonNullGraphType<StringGraphType>>("familyName").Description("Family name.").Resolve(c => c.Source.Request.Pupil.FamilyName);
        Field<NonNullGraphType<StringGraphType>>("personalIdentityNumber")
            .Description("Personal identity number: in full for a principal, otherwise YYYYMMDD-XXXX.")
            .Resolve(c => c.Source.FullIdentityNumber
                ? PersonalIdentityNumber.Format(c.Source.Request.Pupil.PersonalIdentityNumber)
                : PersonalIdentityNumber.Mask(c.Source.Request.Pupil.PersonalIdentityNumber));
        this.TagAllFields(DataCategory.Identity);
    }
}
