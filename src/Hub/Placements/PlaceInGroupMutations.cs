using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>
/// Placements in special teaching groups, decided where the domain says: a school-level group by
/// the pupil's own principal; an RSU place by the home school's principal, for an RSU of the
/// district where the pupil is registered (the pupil stays enrolled at home); a CSU place by the pupil-health
/// unit (the enrolment moves to the host school, and back when the placement ends, in
/// <see cref="PlacementFollowUpMutations"/>).
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
        mutation.Mutation<PlaceInCsuInputType, PlaceInGroupInput, PlacementPayloadType>("placeInCsu",
            "Gives a pupil a CSU place (central särskild undervisningsgrupp); the pupil's enrolment moves to the group's host school "
            + "for the placement's duration.", PupilHealth,
            (w, i) => PlaceAsync(w, i, PlacementLevel.Csu));
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
        var pupil = level == PlacementLevel.Csu ? await w.PupilByNumberAsync(input.PersonalIdentityNumber) : await w.PupilAsync(input.PupilId);
        if (level != PlacementLevel.Csu)
        {
            await DecidedByHomeSchoolAsync(w, pupil, group, level);
        }

        if (await w.Store.PlacementsLastingPast(pupil.Id, startsOn).AnyAsync(w.Cancel))
        {
            var refusal = Refuse(UserErrorCode.WrongState, level == PlacementLevel.Csu ? "personalIdentityNumber" : "pupilId",
                "The pupil already has a placement that lasts past that day; end it first.");
            throw level == PlacementLevel.Csu
                ? await w.AboutPupilAsync(pupil, DataCategory.Placement, refusal, w.Data.Placements.Where(p => p.PupilId == pupil.Id && (p.EndsOn == null || p.EndsOn > startsOn)))
                : refusal;
        }

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
            EnrolledAtId = level == PlacementLevel.Csu ? group.HostSchoolId!.Value : pupil.HomeSchoolId!.Value,
            StartsOn = input.StartsOn,
            NextReviewOn = level == PlacementLevel.Rsu ? Term.NextReviewDay(input.StartsOn) : null,
            OwnerAuthority = w.Caller.Authority,
        };
        if (level == PlacementLevel.Csu)
        {
            await EnrolmentStartedAsync(w, pupil, startsOn);
            placement.ReturnSchoolId = pupil.HomeSchoolId;
            await Enrolments.MoveAsync(w, pupil, group.HostSchoolId!.Value, input.StartsOn);
        }

        w.Store.Add(placement);
        return placement;
    }

    /// <summary>
    /// Refuses a CSU place from before the pupil's current enrolment starts. The pupil-health unit
    /// names the pupil by number: the enrolment's start is told only if the unit reads it.
    /// </summary>
    private static async Task EnrolmentStartedAsync(Write w, Pupil pupil, DateOnly on)
    {
        var later = await w.Store.EnrolmentsLastingPast(pupil.Id, on).Where(e => e.StartsOn > on)
            .OrderBy(e => e.StartsOn).Select(e => (DateOnly?)e.StartsOn).FirstOrDefaultAsync(w.Cancel);
        if (later is DateOnly starts)
        {
            throw await w.AboutPupilAsync(pupil, DataCategory.Enrolment,
                Refuse(UserErrorCode.Invalid, "startsOn", $"The pupil's current enrolment only starts on {starts:yyyy-MM-dd}."),
                w.Data.Enrolments.Where(e => e.PupilId == pupil.Id && e.StartsOn == starts));
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
