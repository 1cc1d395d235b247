using GraphQL.Types;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.InformationRequests;

/// <summary>
/// Social services asks a school for what it knows (seed 002: use the RSU staff's knowledge when
/// education is investigated): an investigator asks a school or teaching group the pupil attends,
/// in the district's open investigation, with questions and a day to answer by; the school's principal,
/// or for a teaching group its teachers, answer once. Both are in the record of changes.
/// </summary>
public static class InformationRequestMutations
{
    private static readonly Who Investigator = Who.Of(Agency.SocialServices, "a social-services investigator", Role.Investigator);
    private static readonly Who Answerer = Who.Of(Agency.School, "the principal of the school asked, or of the school hosting the group asked, "
        + "and the teachers of a teaching group asked", Role.Principal, Role.Teacher);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RequestInformationInputType, RequestInformationInput, InformationRequestPayloadType>("requestInformation",
            "Asks a school or teaching group the pupil attends for information in the district's open investigation of the pupil "
            + "(begäran om uppgifter): questions, a day to answer by, and how to reach the investigator. The school reads the request, "
            + "and who the pupil is, until it answers.",
            Investigator, RequestAsync);
        mutation.Mutation<AnswerInformationRequestInputType, AnswerInformationRequestInput, AnsweredInformationRequestPayloadType>("answerInformationRequest",
            "Answers an open information request addressed to the caller's school or teaching group. A request is answered once; "
            + "the answer is social services' record from then on, and the school does not read it back.",
            Answerer, AnswerAsync);
    }

    private static async Task<object> RequestAsync(Write w, RequestInformationInput input)
    {
        // The whole input is checked before the pupil is, so no refusal about the input depends on who the pupil is.
        var questions = Text(input.Questions, "questions", InformationRequestRules.MaxQuestions)!;
        var contact = Text(input.Contact, "contact", InformationRequestRules.MaxContact)!;
        if (input.DueOn < w.Today)
        {
            throw Refuse(UserErrorCode.Invalid, "dueOn", $"{input.DueOn:yyyy-MM-dd} has passed (today is {w.Today:yyyy-MM-dd}).");
        }

        if (!InformationRequestRules.DueInTime(w.Today, input.DueOn))
        {
            throw Refuse(UserErrorCode.Invalid, "dueOn", $"A school is given at most {InformationRequestRules.MaxDaysToAnswer} days to answer: by {w.Today.AddDays(InformationRequestRules.MaxDaysToAnswer):yyyy-MM-dd}.");
        }

        var addressee = await w.UnitAsync(input.AddressedToId, "addressedToId", InformationRequestRules.AddresseeKinds);
        var pupil = await w.PupilAsync(input.PupilId);
        var (authority, today) = (w.Caller.Authority, w.Today);
        var investigation = await w.Data.Interventions.OfType<Investigation>()
            .Where(i => i.PupilId == pupil.Id && i.OwnerAuthority == authority && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today))
            .OrderByDescending(i => i.OpenedOn).FirstOrDefaultAsync(w.Cancel)
            ?? throw Refuse(UserErrorCode.WrongState, "pupilId", "The district has no open investigation of the pupil: information is asked for in one.");
        if (!(await AttendedAsync(w, pupil)).Contains(addressee.Id))
        {
            throw Refuse(UserErrorCode.Invalid, "addressedToId",
                $"{addressee.Name} is not a school or group the pupil attends, as far as you read: ask the home school, or a school or group of an enrolment or placement you read.");
        }

        var request = new InformationRequest
        {
            PupilId = pupil.Id,
            InvestigationId = investigation.Id,
            OwnerAuthority = authority,
            RequestedByUnitId = w.Caller.UnitId,
            RequestedBy = w.Caller.Name,
            Contact = contact,
            AddressedToId = addressee.Id,
            RequestedOn = today,
            DueOn = input.DueOn,
            Questions = questions,
            RecordedAt = w.Now,
        };
        w.Store.Add(request);
        return request;
    }

    /// <summary>
    /// The units the pupil attends as the investigator may know them: the home school (who the pupil is),
    /// and the enrolments and placements it reads (under the duty to inform, a consent or a decision). A unit
    /// it may not read of is refused exactly like one the pupil does not attend.
    /// </summary>
    private static async Task<HashSet<int>> AttendedAsync(Write w, Pupil pupil)
    {
        var today = w.Today;
        var enrolled = await w.Data.Enrolments.Where(e => e.PupilId == pupil.Id && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today))
            .Select(e => e.SchoolId).ToListAsync(w.Cancel);
        var groups = new List<Unit>();
        foreach (var group in await w.Data.Placements.Where(p => p.PupilId == pupil.Id && p.StartsOn <= today && (p.EndsOn == null || p.EndsOn > today))
            .Select(p => p.GroupId).ToListAsync(w.Cancel))
        {
            groups.Add(await w.UnitAsync(group));
        }

        return InformationRequestRules.Attended(pupil.HomeSchoolId, enrolled, groups);
    }

    private static async Task<object> AnswerAsync(Write w, AnswerInformationRequestInput input)
    {
        var answer = Text(input.Answer, "answer", InformationRequestRules.MaxAnswer)!;
        var id = GlobalId.TryDecode(input.RequestId, RecordKinds.InformationRequest.TypeName, out var key) ? key
            : throw Refuse(UserErrorCode.Invalid, "requestId", $"Not a {RecordKinds.InformationRequest.TypeName} id.");

        // The request itself is the school's basis: found among those addressed to a unit the caller answers for, never by the pupil.
        var request = await w.Store.ForChangeAsync(w.Data.InformationRequestsAddressedToCaller, id, w.Cancel)
            ?? throw NotFound("requestId", "information request addressed to your unit");
        w.Expect(request, input.Version);
        if (!await w.Data.InformationRequestsToAnswer.AnyAsync(r => r.Id == request.Id, w.Cancel))
        {
            throw Refuse(UserErrorCode.WrongState, "requestId", request.AnsweredOn is DateOnly on
                ? $"The request was answered on {on:yyyy-MM-dd}: it is answered once."
                : "The investigation the request was part of has closed: the request can no longer be answered.");
        }

        (request.Answer, request.AnsweredOn, request.AnsweredBy, request.AnsweredByRole) = (answer, w.Today, w.Caller.Name, w.Caller.Role);
        return request;
    }
}
