using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>Moving a pupil's enrolment, shared by the CSU placements and the pupil's move between schools.</summary>
internal static class Enrolments
{
    /// <summary>Ends the pupil's current enrolment on <paramref name="on"/> and enrols the pupil at <paramref name="schoolId"/> from that day.</summary>
    public static async Task MoveAsync(Write w, Pupil pupil, int schoolId, DateOnly on)
    {
        var current = await w.Store.EnrolmentsLastingPast(pupil.Id, on).ToListAsync(w.Cancel);
        foreach (var enrolment in current)
        {
            if (enrolment.StartsOn > on)
            {
                throw Refuse(UserErrorCode.Invalid, "startsOn", $"The pupil's current enrolment only starts on {enrolment.StartsOn:yyyy-MM-dd}.");
            }

            enrolment.EndsOn = on;
        }

        w.Store.Add(new Enrolment { PupilId = pupil.Id, SchoolId = schoolId, StartsOn = on });
        pupil.HomeSchoolId = schoolId;
        w.Store.MarkChanged(pupil);
    }
}
