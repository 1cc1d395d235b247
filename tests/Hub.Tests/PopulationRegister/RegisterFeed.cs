using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.PopulationRegister;

/// <summary>The population register's three notices, sent as its system client does, and the receipt compared without its own id and time.</summary>
internal static class RegisterFeed
{
    public const string Register = "population-register";
    public const string Selection = "notice { id receivedAt }";
    public const string Since = "2026-11-20";

    public static Task<Envelope> ProtectAsync(HubClient client, string number, bool protectedIdentity = true, string since = Since, string? key = null) =>
        client.MutateAsync("notifyProtectedIdentity", "NotifyProtectedIdentityInput",
            new { personalIdentityNumber = number, protectedIdentity, since, idempotencyKey = key }, Selection);

    public static Task<Envelope> DistrictAsync(HubClient client, string number, string? districtId, string since = Since) =>
        client.MutateAsync("notifyRegisteredDistrict", "NotifyRegisteredDistrictInput", new { personalIdentityNumber = number, districtId, since }, Selection);

    public static Task<Envelope> CustodyAsync(HubClient client, string number, object[] guardians, string since = Since) =>
        client.MutateAsync("notifyCustody", "NotifyCustodyInput", new { personalIdentityNumber = number, guardians, since }, Selection);

    public static object Guardian(string number, string givenName = "Ny", string familyName = "Vårdnadshavare") =>
        new { personalIdentityNumber = number, givenName, familyName };

    public static string DistrictId(HubFactory hub, string code) => hub.WithDb(db => GlobalId.Encode("District", db.Districts.Single(d => d.Code == code).Id));

    /// <summary>The whole answer with the notice's own id and time masked: what must not differ between children.</summary>
    public static JToken Masked(Envelope envelope, string name)
    {
        var body = envelope.Body.DeepClone();
        if (body["data"]?[name]?["notice"] is JObject notice)
        {
            notice["id"] = "…";
            notice["receivedAt"] = "…";
        }

        return new JObject { ["status"] = envelope.Status, ["body"] = body };
    }
}
