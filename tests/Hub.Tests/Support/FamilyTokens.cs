using Hub.Identity;
using Hub.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Support;

/// <summary>Family tokens as the city's e-identification would give them: signed, naming a person by identity number, no agency or unit.</summary>
public static class FamilyTokens
{
    public static string FamilyTokenFor(this HubFactory hub, string personalIdentityNumber, Role role = Role.Guardian) =>
        hub.Services.GetRequiredService<DevelopmentTokenIssuer>().IssueFor(
            new Persona("family-test", "f-" + personalIdentityNumber, "Family Member", Agency.Family, role, "", "", personalIdentityNumber));

    public static HubClient FamilyClientFor(this HubFactory hub, string personalIdentityNumber, Role role = Role.Guardian) =>
        new(hub.CreateClient(), hub.FamilyTokenFor(personalIdentityNumber, role));
}
