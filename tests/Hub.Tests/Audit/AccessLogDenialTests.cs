using Hub.Api;
using Hub.Identity;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Audit;

/// <summary>Only the data-protection officer reads the access log; everyone else is turned away.</summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class AccessLogDenialTests(HubFactory hub)
{
    public static TheoryData<string, string> OthersAndQueries
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var persona in Personas.Staff.Where(p => p.Name != "dpo"))
            {
                data.Add(persona.Name, "{ accessLog { totalCount nodes { personId } } }");
                data.Add(persona.Name, $"{{ guardianReport(pupil: \"{GlobalId.Encode("Pupil", 1)}\") {{ lines {{ unit }} }} }}");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OthersAndQueries))]
    public async Task AccessLogQueries_PersonaOtherThanDpo_AnswersAccessDeniedWithNoData(string persona, string query)
    {
        // arrange
        var client = hub.ClientFor(persona);

        // act
        var response = await client.PostAsync(query);

        // assert
        Assert.Equal(200, response.Status);
        Assert.Equal(JTokenType.Null, response.Body["data"]!.Type);
        Assert.Equal("ACCESS_DENIED", (string?)response.Errors![0]!["extensions"]!["code"]);
        Assert.Equal("AccessLog", (string?)response.Errors![0]!["extensions"]!["category"]);
    }
}
