using GraphQL;
using GraphQL.Instrumentation;
using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// Runs around every resolver. A pupil's field whose categories the caller may read none of, for
/// this pupil, answers null with <see cref="AccessDeniedError"/> before any data is touched; one
/// that is read goes on the request's access record with its basis. A field that tells where a
/// pupil with a protected identity is (a unit, or a name or contact tied to one; see
/// <see cref="FieldCategories.Location{TSource, TReturn}"/>) answers null with
/// <see cref="ProtectedIdentityError"/> unless the caller is cleared.
/// </summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        // Family and staff meet nowhere in the schema: each reaches only its own parts (FamilyAccess).
        var family = context.RequestServices!.GetRequiredService<CallerContext>().Family is not null;
        var familyPart = FamilyAccess.FamilyReaches(context.ParentType) || FamilyAccess.FamilyReaches(context.FieldDefinition);
        if (family)
        {
            return familyPart ? next(context) : throw AccessDeniedError.ForFamily(context.FieldDefinition.Name);
        }

        if (FamilyAccess.FamilyOnlyPart(context.ParentType) || FamilyAccess.FamilyOnlyPart(context.FieldDefinition))
        {
            throw AccessDeniedError.ForStaff(context.FieldDefinition.Name);
        }

        var categories = FieldCategories.CategoriesOf(context.FieldDefinition);
        if (categories is not { Length: > 0 } || categories is [DataCategory.Directory])
        {
            return next(context);
        }

        var services = context.RequestServices!;
        var pupilId = context.Source switch
        {
            Pupil pupil => pupil.Id,
            IPupilDataRoot root => root.PupilId,
            IPupilRecord record => record.PupilId,
            _ => (int?)null,
        };
        if (context.Source is IPupilDataRoot { PupilId: null })
        {
            // A refused mutation's payload: no pupil, and its resolver answers null.
            return next(context);
        }

        if (pupilId is not int id)
        {
            var data = services.GetRequiredService<PersonalData>();
            return categories.Any(data.Reads) ? next(context) : throw AccessDeniedError.ForRole(categories[0], data.Caller.Role);
        }

        var access = services.GetRequiredService<AccessDecisions>().For(id);
        if (FieldCategories.IsLocation(context.FieldDefinition) && !access.LocationVisible)
        {
            throw new ProtectedIdentityError();
        }

        if (context.Source is Pupil or IPupilDataRoot)
        {
            var decisions = categories.Select(c => access[c]).ToList();
            if (!decisions.Any(d => d.Permitted))
            {
                // Name what the caller could obtain (a consent) before what its role rules out.
                var data = services.GetRequiredService<PersonalData>();
                var denied = decisions.FirstOrDefault(d => data.Reads(d.Category)) ?? decisions[0];
                throw new AccessDeniedError(denied.Category, denied.Missing!);
            }

            var recorder = services.GetRequiredService<AccessRecorder>();
            foreach (var decision in decisions.Where(d => d.Permitted))
            {
                recorder.Read(id, decision.Category, decision.DescribeBases(), decision.ByEmergency, access.ProtectedIdentity);
            }
        }

        return next(context);
    }
}
