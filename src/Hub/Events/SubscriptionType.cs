using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Identity;
using Hub.Limits;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Events;

/// <summary>
/// The root subscription: live events for partner systems, over the WebSocket transport. Every
/// field takes <c>after</c>, the last sequence a reconnecting client saw, and first delivers what
/// it missed (within the retention window), then live events, each at most once, in order.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live events: a subscription never delivers what the subscriber could not query at that moment, and it ends when its basis ends.";

        Stream("pupilEvents", "Everything the subscriber may see about one pupil. Ends with an error BASIS_ENDED (extensions.reason "
            + "RELATIONSHIP_ENDED, CONSENT_WITHDRAWN, CONSENT_EXPIRED, LEGAL_BASIS_ENDED or EMERGENCY_ACCESS_EXPIRED) as soon as any basis "
            + "the subscriber had for the pupil when subscribing ends.")
            .Argument<NonNullGraphType<IdGraphType>>("pupilId", "Global id of the pupil.")
            .ResolveStreamAsync(async c =>
            {
                var pupilId = GlobalId.DecodeArgument(c.GetArgument<string>("pupilId"), RecordKinds.Pupil.TypeName, "pupilId");
                var data = c.RequestServices!.GetRequiredService<PersonalData>();
                var basis = await BasisSnapshot.TakeAsync(data, c.RequestServices!.GetRequiredService<AccessDecisions>(), pupilId, c.CancellationToken)
                    ?? throw new ExecutionError("No pupil with that id that you may see.") { Code = "NOT_FOUND" };
                return await FeedAsync(c, e => e.PupilId == pupilId, basis);
            });
        Stream("unitEvents", "Events about the pupils the subscriber's unit has a relationship with: a school's pupils, an RSU's, "
            + "a district's open cases, a clinic's patients. An event about a pupil the unit no longer sees is not delivered.")
            .ResolveStreamAsync(async c => await FeedAsync(c, e => e.PupilId is not null));
        Stream("contactPersonChanged", "A district's social services naming a new contact person for schools (kontaktperson).")
            .Argument<NonNullGraphType<IdGraphType>>("district", "Global id of the district.")
            .ResolveStreamAsync(async c =>
            {
                var district = GlobalId.DecodeArgument(c.GetArgument<string>("district"), "District", "district");
                return await FeedAsync(c, e => e.Kind == RecordKind.ContactPerson && e.DistrictId == district);
            });
        Stream("consentEvents", "Consents (samtycken) recorded, signed or withdrawn that the subscriber's agency takes part in.")
            .ResolveStreamAsync(async c => await FeedAsync(c, e => e.Kind == RecordKind.Consent));
        Stream("sipEvents", "Changes to the SIPs (samordnade individuella planer) the subscriber's unit takes part in.")
            .ResolveStreamAsync(async c => await FeedAsync(c, e => e.Kind == RecordKind.Sip));
    }

    private GraphQL.Builders.FieldBuilder<object?, object> Stream(string name, string description) =>
        Field<NonNullGraphType<HubEventType>>(name)
            .Description(description)
            .Argument<StringGraphType>("after", "Resume after this cursor (the last event's `cursor`): what was missed is delivered first.")
            .Category(DataCategory.Directory)
            .Resolve(c => c.Source);

    private static async Task<IObservable<object?>> FeedAsync(IResolveFieldContext c, Func<HubEvent, bool> matches, BasisSnapshot? basis = null)
    {
        var services = c.RequestServices!;

        // One identity may not hold more than its quota, over all its sockets; the slot is the operation's, given back with its scope.
        services.GetRequiredService<SubscriptionSlot>().Take(services.GetRequiredService<CallerContext>().Current);
        long after;
        if (c.GetArgument<string?>("after") is { } text)
        {
            after = services.GetRequiredService<EventCursor>().TryUnprotect(text, out var value)
                ? value
                : throw new InvalidInputError("after", "is not a cursor this hub gave out");
            await EnsureRetainedAsync(services, value, c.CancellationToken);
        }
        else
        {
            // Live from the moment the hub accepts the subscription: the outbox from here on is replayed,
            // so nothing committed while the subscription is being set up falls between the two.
            after = await services.GetRequiredService<HubDbContext>().Changes.MaxAsync(ch => (long?)ch.Sequence, c.CancellationToken) ?? 0;
        }

        return new EventFeed(new FeedRequest(c.FieldDefinition.Name, matches, after), c.User!, services) { Basis = basis };
    }

    /// <summary>A resume point older than the retention window is refused: what was missed can no longer all be told.</summary>
    private static async Task EnsureRetainedAsync(IServiceProvider services, long after, CancellationToken ct)
    {
        var retention = services.GetRequiredService<IOptions<EventOptions>>().Value.Retention;
        var cutoff = services.GetRequiredService<HubClock>().UtcNow - retention;
        var db = services.GetRequiredService<HubDbContext>();
        if (await db.Changes.AnyAsync(ch => ch.Sequence == after + 1 && ch.At < cutoff, ct))
        {
            throw new ExecutionError($"That cursor is outside the retention window ({retention.TotalDays:0} days): read the current state and subscribe again without 'after'.")
            {
                Code = "RESUME_POINT_EXPIRED",
            };
        }
    }
}
