using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>
/// Placements in special teaching groups, decided where the domain says: a school-level group by
/// the pupil's own principal; an RSU place by the home school's principal, for an RSU of the
/// district where the pupil is registered (the pupil stays enrolled at home); a CSU place by the
/// principal of the school the group belongs to, on the pupil-health unit's assessment
/// (<see cref="CsuDecisions"/>).
/// </summary>
public static class PlaceInGroupMutations
{
    internal static readonly Who Principal = Who.Of(Agency.School, "a school's principal", Role.Principal);
    internal static readonly Who PupilHealth = Who.Of(Agency.School, "the pupil-health unit's officer", Role.PupilHealthOfficer);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlaceInSchoolGroupInputType, PlaceInGroupInput, PlacementPayloadType>("placeInSchoolGroup",
            "Places a pupil in a school-level group of the pupil's own school (särskild undervisningsgrupp på skolnivå).", Principal,
            (w, i) => PlaceAsync(w, i, PlacementLevel.SchoolLevel));
        mutation.Mutation<PlaceInRsuInputType, PlaceInGroupInput, PlacementPayloadType>("placeInRsu",
            "Places a pupil in the RSU (regional särskild undervisningsgrupp) of the district where the pupil is registered (folkbokförd), wherever the home school is; the pupil stays enrolled "
            + "at the home school, whose principal reviews the placement every term.", Principal,
            (w, i) => PlaceAsync(w, i, PlacementLevel.Rsu));
        mutation.Mutation<PlaceInCsuInputType, PlaceInCsuInput, PlacementPayloadType>("placeInCsu",
            "Decides a CSU place (central särskild undervisningsgrupp) on the pupil-health unit's recommendation (assessCsuPlace): the decision is the principal's "
            + "of the school the group belongs to, and can be appealed (appealableUntil). The pupil's enrolment moves to that school for the placement's duration.", Principal,
            CsuDecisions.PlaceAsync);
    }

    private static async Task<object> PlaceAsync(Write w, PlaceInGroupInput input, PlacementLevel level)
    {
        // The whole input is checked before the pupil is looked up, so no refusal depends on whether a number is known.
        var group = await w.UnitAsync(input.GroupId, "groupId", UnitKind.TeachingGroup);
        if (group.GroupLevel != level)
        {
            throw Refuse(UserErrorCode.Invalid, "groupId", $"{group.Name} is a {group.GroupLevel} group, not {level}.");
        }

        var (decidedOn, startsOn) = (input.DecidedOn ?? w.Today, input.StartsOn);
        w.NotFuture(decidedOn, "decidedOn");
        Order(decidedOn, startsOn, "startsOn", "the decision");
        var pupil = await w.PupilAsync(input.PupilId);
        await DecidedByHomeSchoolAsync(w, pupil, group, level);
        await NoPlacementLastingPastAsync(w, pupil, startsOn);

        if (level == PlacementLevel.Rsu)
        {
            await RsuTakesAsync(w, pupil, group, startsOn);
        }

        var placement = new Placement
        {
            PupilId = pupil.Id,
            Level = level,
            GroupId = group.Id,
            DecidedByUnitId = w.Caller.UnitId,
            DecidedBy = w.Caller.Name,
            DecidedOn = decidedOn,
            EnrolledAtId = pupil.HomeSchoolId!.Value,
            StartsOn = input.StartsOn,
            NextReviewOn = level == PlacementLevel.Rsu ? Term.NextReviewDay(input.StartsOn) : null,
            OwnerAuthority = w.Caller.Authority,
        };
        w.Store.Add(placement);
        return placement;
    }

    /// <summary>A pupil has one placement at a time: the caller reads the pupil, and learns only that one lasts past the day.</summary>
    internal static async Task NoPlacementLastingPastAsync(Write w, Pupil pupil, DateOnly startsOn)
    {
        if (await w.Store.PlacementsLastingPast(pupil.Id, startsOn).AnyAsync(w.Cancel))
        {
            throw Refuse(UserErrorCode.WrongState, "pupilId", "The pupil already has a placement that lasts past that day; end it first.");
        }
    }

    /// <summary>
    /// An RSU group takes the pupil only within the grades its district's principals set, and only
    /// with a place free. The caller is the pupil's home-school principal (checked before), who reads
    /// the grade; of the group's other pupils the refusal tells only that no place is free.
    /// </summary>
    private static async Task RsuTakesAsync(Write w, Pupil pupil, Unit group, DateOnly startsOn)
    {
        var settings = await w.Store.RsuGroupAsync(group.Id, w.Cancel)
            ?? throw Refuse(UserErrorCode.WrongState, "groupId", $"The district's principals have not yet set the grades and places of {group.Name}.");
        if (!PlacementRules.TakesGrade(settings, pupil.Grade))
        {
            throw Refuse(UserErrorCode.Invalid, "pupilId", $"{group.Name} takes grades {settings.LowestGrade}–{settings.HighestGrade}; the pupil is in grade {pupil.Grade}.");
        }

        var taken = await w.Store.PlacesTakenAsync(group.Id, startsOn < w.Today ? startsOn : w.Today, w.Cancel);
        if (!PlacementRules.HasFreePlace(settings, taken))
        {
            throw Refuse(UserErrorCode.WrongState, "groupId", $"{group.Name} has no free place: its {settings.Capacity} places are taken.");
        }
    }

    /// <summary>School-level and RSU places are decided by the principal of the pupil's home school, for a group the school may use.</summary>
    private static async Task DecidedByHomeSchoolAsync(Write w, Pupil pupil, Unit group, PlacementLevel level)
    {
        if (pupil.HomeSchoolId != w.Caller.UnitId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "pupilId", "Only the principal of the pupil's home school decides this placement.");
        }

        if (level == PlacementLevel.SchoolLevel && !PlacementRules.SchoolGroupOf(group, w.Caller.UnitId))
        {
            throw Refuse(UserErrorCode.NotPermitted, "groupId", $"{group.Name} is not a group of your school.");
        }

        if (level == PlacementLevel.Rsu && !PlacementRules.RsuOfDistrict(group, pupil.RegisteredDistrictId))
        {
            throw Refuse(UserErrorCode.NotPermitted, "groupId", $"{group.Name} is the RSU of another district: an RSU place is in the district where the pupil is registered.");
        }
    }
}
