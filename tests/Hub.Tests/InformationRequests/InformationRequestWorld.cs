using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.InformationRequests;

/// <summary>
/// A pupil enrolled at Klubbacksskolan and placed in Tellusborgsskolan's RSU, whom Hägersten-Älvsjö's
/// investigator investigates (education included): what the information-request tests ask about.
/// </summary>
internal static class InformationRequestWorld
{
    public const string Rsu = "group:tellusborgsskolan-rsu";
    public const string Klubbacken = "school:klubbacksskolan";
    public const string Selection = "informationRequest { id version status dueOn overdue questions answer answeredBy answeredByRole addressedTo { code } pupil { id } }";
    public const string ToAnswer = "{ informationRequestsToAnswer { id version status dueOn overdue questions requestedBy contact requestedByUnit { code } "
        + "addressedTo { code } pupil { id givenName familyName personalIdentityNumber } } }";

    public static readonly string InAWeek = Scenario.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pupil, investigated from today; returns its global id and the investigation's.</summary>
    public static async Task<(string Pupil, string Investigation)> InvestigatedPupilAsync(HubFactory hub, bool protectedIdentity = false, bool investigate = true)
    {
        var pupil = new ScenarioRunner(hub).Run(s =>
        {
            var p = s.PupilRelatedTo("school-principal", protectedIdentity);
            s.AlsoRelatedTo(p, "rsu-teacher");
            return p;
        });
        if (!investigate)
        {
            return (GlobalId.Encode("Pupil", pupil.Id), "");
        }

        var opened = await hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput",
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, origin = "APPLICATION", openedOn = HubFactory.Today, educationInvestigated = true },
            "investigation { id }");
        return (GlobalId.Encode("Pupil", pupil.Id), (string)opened.Payload("openInvestigation")["investigation"]!["id"]!);
    }

    public static Task<Envelope> RequestAsync(HubClient client, string pupilId, string addressedToId, string? dueOn = null,
        string questions = "How is his attendance, and what do you see of him in the group?", string contact = "08-508 000 00") =>
        client.MutateAsync("requestInformation", "RequestInformationInput",
            new { pupilId, addressedToId, dueOn = dueOn ?? InAWeek, questions, contact }, Selection);

    public static Task<Envelope> AnswerAsync(HubClient client, string requestId, int version, string answer = "Comes every day; calm in the group, tired on Mondays.") =>
        client.MutateAsync("answerInformationRequest", "AnswerInformationRequestInput", new { requestId, version, answer },
            "informationRequest { id status answeredOn questions pupil { givenName } }");

    /// <summary>The global id of a unit of the directory.</summary>
    public static string Unit(HubFactory hub, string code) => GlobalId.Encode("Unit", hub.WithDb(db => db.Units.Single(u => u.Code == code).Id));

    /// <summary>A request to the unit, made by the investigator: its id and version.</summary>
    public static async Task<(string Id, int Version)> AskedAsync(HubFactory hub, string pupilId, string unitCode)
    {
        var asked = await RequestAsync(hub.ClientFor("social-investigator"), pupilId, Unit(hub, unitCode));
        Assert.Empty(asked.UserErrors("requestInformation"));
        var request = asked.Payload("requestInformation")["informationRequest"]!;
        return ((string)request["id"]!, (int)request["version"]!);
    }

    /// <summary>The requests the persona's unit is to answer, by id.</summary>
    public static async Task<Dictionary<string, JToken>> ToAnswerAsync(HubClient client)
    {
        var read = await client.PostAsync(ToAnswer);
        Assert.True(read.Errors is null, read.Text);
        return read.Data["informationRequestsToAnswer"]!.ToDictionary(r => (string)r["id"]!);
    }

    /// <summary>A principal of Tellusborgsskolan, which hosts the RSU.</summary>
    public static HubClient HostPrincipal(HubFactory hub) =>
        new(hub.CreateClient(), new TokenForge(hub).Create(unit: "school:tellusborgsskolan", agency: "School", role: "Principal", subject: "p-tellus", name: "Rektor Tellus"));

    /// <summary>An investigator of another district.</summary>
    public static HubClient Skarholmen(HubFactory hub) =>
        new(hub.CreateClient(), new TokenForge(hub).Create(unit: "social:skarholmen:investigation", agency: "SocialServices", role: "Investigator"));
}
