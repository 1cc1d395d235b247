using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Transport.Tests.Support;

/// <summary>A schema with one field per transport behaviour under test, and nothing of any domain.</summary>
internal sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query, TestMutation mutation, TestSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}

internal sealed class TestQuery : ObjectGraphType
{
    public const string SecretDetail = "password=hunter2 at Server=db.internal";

    public TestQuery()
    {
        Name = "Query";

        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");

        Field<StringGraphType>("whoami").Resolve(context => context.User?.Identity?.Name);

        Field<StringGraphType>("tenant")
            .Resolve(context => context.UserContext.TryGetValue("tenant", out var tenant) ? tenant : null);

        Field<StringGraphType>("strategy")
            .Resolve(context => context.ExecutionContext.ExecutionStrategy.GetType().Name);

        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException(SecretDetail));

        Field<StringGraphType>("denied")
            .Resolve(_ => throw new ExecutionError("You may not read this.") { Code = "ACCESS_DENIED" });

        Field<StringGraphType>("deniedWithData")
            .Resolve(_ => throw new ExecutionError("You may not read this category.") { Code = "ACCESS_DENIED", Data = { ["category"] = "Health" } });

        Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            context.RequestServices!.GetRequiredService<SlowFieldProbe>().Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return null;
        });

        Field<ListGraphType<NodeType>>("items")
            .Argument<IntGraphType>("first")
            .Resolve(context => Enumerable.Range(1, context.GetArgument<int?>("first") ?? 3));

        Field<NodeType>("node").Resolve(_ => 1);
    }
}

/// <summary>A node whose child is one level deeper, so a test can nest as far as it likes.</summary>
internal sealed class NodeType : ObjectGraphType<int>
{
    public NodeType()
    {
        Name = "Node";
        Field<IntGraphType>("depth").Resolve(context => context.Source);
        Field<NodeType>("child").Resolve(context => context.Source + 1);
    }
}

internal sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<IntGraphType>("increment")
            .Resolve(context => context.RequestServices!.GetRequiredService<Counter>().Increment());
    }
}

internal sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription()
    {
        Name = "Subscription";
        Field<StringGraphType>("ticks")
            .ResolveStream(_ => throw new NotSupportedException("The transport refuses subscriptions before any resolver runs."));

        Field<StringGraphType>("events")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .Resolve(context => context.Source)
            .ResolveStream(context => context.RequestServices!.GetRequiredService<TestEvents>().Topic(context.GetArgument<string>("topic")));
    }
}

/// <summary>Counts mutations, so a test can tell whether one ran.</summary>
internal sealed class Counter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public int Increment() => Interlocked.Increment(ref _value);
}

/// <summary>Tells a test that the slow field has started, so it knows when to hang up.</summary>
internal sealed class SlowFieldProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
