using GraphQL.Types;
using Hub.Changes;
using Hub.Identity;
using Hub.Organisation;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Interventions;

/// <summary>
/// A district's school social team works at named schools of the district (seed 001: five of them),
/// and takes cases for their pupils only. The district's social-services managers set which.
/// </summary>
public static class SchoolsServedMutations
{
    private static readonly Who DistrictManagers = Who.Of(Agency.SocialServices, "the district social services' unit managers", Role.UnitManager);

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<SetSchoolsServedInputType, SetSchoolsServedInput, SchoolsServedPayloadType>("setSchoolsServed",
            $"Sets the schools the caller's district's school social team works at (1–{SchoolSocialTeamRules.MaxSchoolsServed} of the district's schools); "
            + "open cases at a school dropped run on, and new cases are started only for pupils of the schools set.", DistrictManagers, SetAsync);

    private static async Task<object> SetAsync(Write w, SetSchoolsServedInput input)
    {
        var districtId = w.Caller.DistrictId ?? throw Refuse(UserErrorCode.NotPermitted, "", "Only a district's social services set its school social team's schools.");
        var units = await w.UnitsAsync();
        var team = units.SingleOrDefault(u => u.Kind == UnitKind.SocialServicesPreventive && u.DistrictId == districtId)
            ?? throw Refuse(UserErrorCode.WrongState, "", "The district has no preventive unit, and so no school social team.");
        var ids = input.SchoolIds.Distinct().ToList();
        if (ids.Count is 0 || ids.Count > SchoolSocialTeamRules.MaxSchoolsServed)
        {
            throw Refuse(UserErrorCode.Invalid, "schoolIds", $"A school social team works at 1–{SchoolSocialTeamRules.MaxSchoolsServed} schools.");
        }

        var schools = new List<Unit>();
        foreach (var id in ids)
        {
            var school = await w.UnitAsync(id, "schoolIds", UnitKind.School);
            if (school.DistrictId != districtId)
            {
                throw Refuse(UserErrorCode.Invalid, "schoolIds", $"{school.Name} is not a school of the district.");
            }

            schools.Add(school);
        }

        var current = await w.Store.SchoolsServedAsync(team.Id, w.Cancel);
        foreach (var dropped in current.Where(s => !schools.Any(u => u.Id == s.SchoolId)))
        {
            w.Store.Remove(dropped);
        }

        foreach (var added in schools.Where(u => !current.Any(s => s.SchoolId == u.Id)))
        {
            w.Store.Add(new SchoolSocialTeamSchool { TeamId = team.Id, SchoolId = added.Id, Since = w.Today });
        }

        return await w.Store.UnitForChangeAsync(team.Id, w.Cancel);
    }
}

public sealed class SetSchoolsServedInput : MutationInput
{
    public List<string> SchoolIds { get; set; } = [];
}

public sealed class SetSchoolsServedInputType : MutationInputType<SetSchoolsServedInput>
{
    public SetSchoolsServedInputType()
        : base("SetSchoolsServedInput", "The schools a district's school social team works at.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("schoolIds")
            .Description($"1–{SchoolSocialTeamRules.MaxSchoolsServed} schools of the caller's district; the set replaces the one before.");
    }
}

public sealed class SchoolsServedPayloadType : PayloadType<UnitType, Unit>
{
    public SchoolsServedPayloadType()
        : base("SetSchoolsServedPayload", "team", "the schools a school social team works at", DataCategory.Directory,
            async (c, id) => await c.RequestServices!.GetRequiredService<UnitDirectory>().UnitAsync(id, c.CancellationToken))
    {
    }
}
