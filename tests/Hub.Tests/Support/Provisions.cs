using Newtonsoft.Json.Linq;

namespace Hub.Tests.Support;

/// <summary>Finds a provision's id in a consent as the hub answered it (selected with <c>provisions { id category toAgency }</c>).</summary>
public static class Provisions
{
    public static string IdOf(JToken consent, string category, string toAgency) =>
        (string?)consent["provisions"]!.Single(p => (string?)p["category"] == category && (string?)p["toAgency"] == toAgency)["id"]
            ?? throw new InvalidOperationException("The provision has no id.");
}
