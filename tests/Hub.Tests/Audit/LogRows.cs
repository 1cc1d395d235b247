using Hub.Audit;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Audit;

/// <summary>
/// Access-log rows for tests: made through the hub's own writer (so they chain like real ones)
/// when a test needs reads on chosen days or by chosen units, and read back in id order.
/// </summary>
public static class LogRows
{
    public static AccessLogEntry Row(
        int pupilId, string at, string person = "p-1001", string agency = "School", string unit = "school:klubbacksskolan",
        string role = "Teacher", string categories = "Identity", bool emergency = false, bool protectedIdentity = false) => new()
        {
            At = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            PersonId = person,
            Agency = agency,
            UnitCode = unit,
            Role = role,
            Operation = "Arranged",
            PupilId = pupilId,
            Categories = categories,
            Basis = string.Join("; ", categories.Split(',').Select(c => $"{c}: own records")),
            Emergency = emergency,
            ProtectedIdentity = protectedIdentity,
            PreviousHash = string.Empty,
            Hash = string.Empty,
        };

    public static Task WriteAsync(HubFactory hub, params AccessLogEntry[] rows) =>
        hub.Services.GetRequiredService<AccessLogWriter>().AppendAsync(rows);

    public static List<AccessLogEntry> All(HubFactory hub) =>
        hub.WithDb(db => db.AccessLog.AsNoTracking().OrderBy(e => e.Id).ToList());

    public static AccessLogCheck Verify(HubFactory hub) =>
        hub.WithDb(db => AccessLogVerifier.Verify(db, hub.Services.GetRequiredService<ChainHeadFile>(), Key(hub)));

    public static ChainKey Key(HubFactory hub) => hub.Services.GetRequiredService<ChainKey>();

    /// <summary>Makes a few real reads, so the log has rows 1, 2, 3, …</summary>
    public static async Task ReadPupilsAsync(HubFactory hub, int requests)
    {
        var client = hub.ClientFor("school-teacher");
        for (var i = 0; i < requests; i++)
        {
            var response = await client.PostAsync("{ pupils(first: 1) { nodes { givenName } } }");
            Assert.Null(response.Errors);
        }
    }

    public static void Sql(HubFactory hub, string sql) => hub.WithDb(db => db.Database.ExecuteSqlRaw(sql));
}

/// <summary>A store whose every write fails, as a full disk or a lost database would.</summary>
public sealed class FailingAccessLogStore : IAccessLogStore
{
    public Task<AccessLogEntry?> LastAsync(CancellationToken cancellationToken) =>
        Task.FromException<AccessLogEntry?>(new IOException("The access log's disk is full."));

    public Task AppendAsync(IReadOnlyList<AccessLogEntry> rows, CancellationToken cancellationToken) =>
        Task.FromException(new IOException("The access log's disk is full."));
}
