using GraphQL.Types;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Schema;

/// <summary>
/// The schema speaks English, and names the Swedish term wherever the domain has one, so that a
/// developer can match a type to the city's documents and to what staff call it.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class SwedishTermTests(HubFactory hub)
{
    [Theory]
    [InlineData("Pupil", "elev")]
    [InlineData("Guardian", "vårdnadshavare")]
    [InlineData("Enrolment", "inskriven")]
    [InlineData("TermAbsence", "frånvaro")]
    [InlineData("Placement", "särskild undervisningsgrupp")]
    [InlineData("PlacementLevel", "särskild undervisningsgrupp")]
    [InlineData("SchoolOwnership", "fristående")]
    [InlineData("ReportOfConcern", "orosanmälan")]
    [InlineData("PreliminaryAssessment", "förhandsbedömning")]
    [InlineData("Investigation", "barnavårdsutredning")]
    [InlineData("SocialServicesIntervention", "insats")]
    [InlineData("SchoolSocialTeamCase", "skolsocialt team")]
    [InlineData("BupContact", "barn- och ungdomspsykiatri")]
    [InlineData("SspfCase", "skola, socialtjänst, polis, fritid")]
    [InlineData("Sip", "samordnad individuell plan")]
    [InlineData("SipMeeting", "uppföljning")]
    [InlineData("Consent", "samtycke")]
    [InlineData("District", "stadsdelsområde")]
    [InlineData("ContactPerson", "kontaktperson")]
    [InlineData("CooperationAgreement", "lokal samverkansöverenskommelse")]
    [InlineData("InformationRequest", "begäran om uppgifter")]
    [InlineData("RsuGroup", "regional särskild undervisningsgrupp")]
    [InlineData("CsuAssessment", "bedömning")]
    [InlineData("CsuRecommendationToDecide", "central särskild undervisningsgrupp")]
    [InlineData("EmergencyAccess", "nödåtkomst")]
    [InlineData("Agency", "första linjen")]
    [InlineData("Agency", "habilitering")]
    [InlineData("Agency", "fritid")]
    [InlineData("UnitKind", "vårdcentral")]
    [InlineData("UnitKind", "fritidsgårdar")]
    [InlineData("Role", "fritidsledare")]
    [InlineData("RegisterNotice", "folkbokföringen")]
    [InlineData("NotifyRegisteredDistrictInput", "folkbokförd")]
    [InlineData("NotifyProtectedIdentityInput", "skyddade personuppgifter")]
    [InlineData("NotifyCustodyInput", "vårdnad")]
    [InlineData("RegisteredGuardianInput", "vårdnadshavare")]
    public void TypeDescription_DomainType_NamesTheSwedishTerm(string type, string term)
    {
        // arrange
        var schema = hub.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        // act
        var description = schema.AllTypes[type]?.Description;

        // assert
        Assert.NotNull(description);
        Assert.Contains(term, description, StringComparison.OrdinalIgnoreCase);
    }
}
