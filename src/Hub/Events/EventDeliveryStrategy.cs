using GraphQL;
using GraphQL.Execution;
using Hub.Access;
using Hub.Audit;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Hub.Events;

/// <summary>
/// Runs subscriptions. A hub subscription field answers an <see cref="EventFeed"/>; each event the
/// feed lets through is resolved here in the event's own scope, with the subscriber's identity,
/// through the same resolvers and field guard as a query, and what it read (the event itself
/// included) is committed to the access log before the result is handed to the transport.
/// </summary>
internal sealed class EventDeliveryStrategy() : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override async Task<IObservable<ExecutionResult>?> ResolveResponseStreamAsync(ExecutionContext context, ExecutionNode node)
    {
        IObservable<object?> source;
        try
        {
            source = await node.FieldDefinition!.StreamResolver!.ResolveAsync(new ReadonlyResolveFieldContext(node, context)).ConfigureAwait(false);
        }
        catch (ExecutionError error)
        {
            error.Path = node.ResponsePath;
            error.AddLocation(node.Field, context.Document);
            context.Errors.Add(error);
            return null;
        }

        if (source is not EventFeed feed)
        {
            throw new InvalidOperationException($"Subscription field '{node.Name}' must answer an {nameof(EventFeed)}.");
        }

        var operation = context.Operation.Name?.StringValue ?? node.Name!;
        return feed.Deliver((e, services, ct) => DeliverAsync(context, node, e, services, operation, ct));
    }

    private async Task<ExecutionResult> DeliverAsync(ExecutionContext context, ExecutionNode node, HubEvent e, IServiceProvider services, string operation, CancellationToken ct)
    {
        if (e.PupilId is int pupilId)
        {
            var data = services.GetRequiredService<PersonalData>();
            var decisions = services.GetRequiredService<AccessDecisions>();
            if (!decisions.Has(pupilId))
            {
                var pupil = await data.Pupils.SingleAsync(p => p.Id == pupilId, ct).ConfigureAwait(false);
                await decisions.PrepareAsync([pupil], ct).ConfigureAwait(false);
            }

            // Being told that something changed about a pupil is itself a read, logged like one.
            if (await EventAccess.CategoryAsync(data, e, ct).ConfigureAwait(false) is DataCategory category)
            {
                var access = decisions.For(pupilId);
                var decision = access[category];
                services.GetRequiredService<AccessRecorder>().Read(pupilId, category, decision.DescribeBases(), decision.ByEmergency, access.ProtectedIdentity);
            }
        }

        using var eventContext = CloneExecutionContext(context, ct);
        eventContext.RequestServices = services;
        var result = await ProcessDataAsync(eventContext, node, e).ConfigureAwait(false);
        return await services.GetRequiredService<AuditExecution>().CommitAsync(result, services, operation).ConfigureAwait(false);
    }
}
