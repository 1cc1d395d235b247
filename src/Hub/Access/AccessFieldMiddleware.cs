using GraphQL;
using GraphQL.Instrumentation;

namespace Hub.Access;

/// <summary>
/// Runs before every resolver: a field whose categories the caller's role reads none of answers
/// null with <see cref="AccessDeniedError"/>, before any data is touched.
/// </summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var categories = FieldCategories.CategoriesOf(context.FieldDefinition);
        if (categories is { Length: > 0 })
        {
            var data = context.RequestServices!.GetRequiredService<PersonalData>();
            if (!categories.Any(data.Permits))
            {
                throw new AccessDeniedError(categories[0], data.Caller.Role);
            }
        }

        return next(context);
    }
}
