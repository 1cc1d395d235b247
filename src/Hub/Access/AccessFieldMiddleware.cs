using GraphQL;
using GraphQL.Instrumentation;
using Hub.Audit;
using Hub.Pupils;

namespace Hub.Access;

/// <summary>
/// Runs around every resolver. A field whose categories the caller may read none of answers null
/// with <see cref="AccessDeniedError"/> before any data is touched; a field of a pupil that is
/// read is put on the request's access record, with the basis it was read on.
/// </summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var categories = FieldCategories.CategoriesOf(context.FieldDefinition);
        if (categories is not { Length: > 0 } || categories is [DataCategory.Directory])
        {
            return next(context);
        }

        var data = context.RequestServices!.GetRequiredService<PersonalData>();
        var permitted = categories.Where(data.Permits).ToList();
        if (permitted.Count == 0)
        {
            throw new AccessDeniedError(categories[0], data.Caller.Role);
        }

        if (context.Source is Pupil pupil)
        {
            var recorder = context.RequestServices!.GetRequiredService<AccessRecorder>();
            foreach (var category in permitted)
            {
                recorder.Read(pupil.Id, category, data.BasisFor(category), emergency: false, pupil.ProtectedIdentity);
            }
        }

        return next(context);
    }
}
