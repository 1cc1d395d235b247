using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// The population register's word on the demo city's protected pupils: a protection is the
/// register's to set (<c>notifyProtectedIdentity</c>), so every protected pupil has its notice,
/// from the day it came to its first school (its birth, were that ahead).
/// </summary>
internal static class RegisterNoticeSeeder
{
    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, DateOnly today, CancellationToken cancellationToken)
    {
        var received = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var plan in pupils.Where(p => p.ProtectedIdentity))
        {
            var first = plan.Stays[0].StartsOn;
            writer.Add(new RegisterNotice
            {
                UnitId = city.PopulationRegister.Id,
                PersonalIdentityNumber = plan.IdentityNumber,
                Kind = RegisterNoticeKind.ProtectedIdentity,
                Since = first <= today ? first : plan.BirthDate,
                ReceivedAt = received,
                ProtectedIdentity = true,
            });
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
