using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Records;

namespace Hub.InformationRequests;

/// <summary>Both ends of information requests: what the district asked (with the answers), and what a school is asked.</summary>
public static class InformationRequestQueries
{
    public const int Max = 200;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InformationRequestType>>>>("informationRequests")
            .Description($"The information requests the caller's district asked in its investigations, of pupils the caller sees, with the schools' answers: "
                + $"earliest due first, at most {Max}. With overdue: true, only those open past their day.")
            .Argument<InformationRequestStatusType>("status", "Only requests in this state.")
            .Argument<BooleanGraphType>("overdue", "Only those open past their day (true), or the rest (false).")
            .Category(DataCategory.Investigation)
            .ResolveAsync(async c =>
            {
                var requests = await c.RequestServices!.GetRequiredService<PersonalData>()
                    .InformationRequestsAsync(c.GetArgument<InformationRequestStatus?>("status"), c.GetArgument<bool?>("overdue"), Max, c.CancellationToken);
                await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(requests.Select(r => r.Pupil).DistinctBy(p => p.Id).ToList(), c.CancellationToken);
                return requests.Select(r => new InformationRequestRead(r)).ToList();
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InformationRequestToAnswerType>>>>("informationRequestsToAnswer")
            .Description($"The information requests the caller's unit is to answer: for a school's principal, those to the school and the groups it hosts; "
                + $"for a teaching group's teachers, those to the group. Open ones only, earliest due first, at most {Max}; with overdue: true, those past their day. "
                + "The request is the basis for reading who the pupil is; each read is logged.")
            .Argument<BooleanGraphType>("overdue", "Only those past their day (true), or not yet (false).")
            .Category(DataCategory.Identity, DataCategory.Investigation)
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var requests = await services.GetRequiredService<PersonalData>().InformationRequestsToAnswerAsync(c.GetArgument<bool?>("overdue"), Max, c.CancellationToken);
                var recorder = services.GetRequiredService<AccessRecorder>();
                requests.ForEach(r => r.Told(recorder));
                return requests;
            });
    }
}
