using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>The data-protection officer reviews each emergency access once, with an outcome and a comment; nobody else may.</summary>
public sealed class EmergencyAccessReviewTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task ReviewEmergencyAccess_Dpo_RecordsTheReviewAndShowsItOnTheOpening()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);
        var dpo = hub.ClientFor("dpo");

        // act
        var reviewed = await dpo.ReviewAsync(id, "JUSTIFIED", "  The police's report of a missing child justified it.  ");
        var listed = await dpo.PostAsync("{ emergencyAccesses { id reviewDueOn review { outcome comment reviewedBy } } }");

        // assert
        Assert.True(reviewed.Errors is null, reviewed.Text);
        Assert.Empty(reviewed.UserErrors("reviewEmergencyAccess"));
        var review = reviewed.Payload("reviewEmergencyAccess")["emergencyAccess"]!["review"]!;
        Assert.Equal("JUSTIFIED", (string?)review["outcome"]);
        Assert.Equal("The police's report of a missing child justified it.", (string?)review["comment"]);
        Assert.False(string.IsNullOrEmpty((string?)review["reviewedBy"]));
        var opening = listed.Data["emergencyAccesses"]!.Single(e => (string?)e["id"] == id);
        Assert.Equal("2026-12-07", (string?)opening["reviewDueOn"]);
        Assert.Equal(review["comment"], opening["review"]!["comment"]);
        Assert.Equal(1, hub.WithDb(db => db.Changes.Count(c => c.Operation == "reviewEmergencyAccess" && c.EntityId == Key(id))));
    }

    [Fact]
    public async Task EmergencyAccesses_NotYetReviewed_ShowsTheDueDayAndNoReview()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);

        // act
        var listed = await hub.ClientFor("dpo").PostAsync("{ emergencyAccesses { id reviewDueOn review { outcome } } }");

        // assert
        var opening = listed.Data["emergencyAccesses"]!.Single(e => (string?)e["id"] == id);
        Assert.Equal("2026-12-07", (string?)opening["reviewDueOn"]);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, opening["review"]!.Type);
    }

    [Fact]
    public async Task ReviewEmergencyAccess_SecondReview_IsRefusedAndTheFirstStands()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);
        var dpo = hub.ClientFor("dpo");
        await dpo.ReviewAsync(id, "JUSTIFIED", "Acute danger confirmed by the police.");

        // act
        var second = await StoreContents.UnchangedAsync(hub, () => dpo.ReviewAsync(id, "NOT_JUSTIFIED", "On second thoughts."));

        // assert
        Assert.Equal(["DUPLICATE input.emergencyAccessId"], second.UserErrors("reviewEmergencyAccess"));
        Assert.Contains("a review is final", (string?)second.Payload("reviewEmergencyAccess")["errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, second.Payload("reviewEmergencyAccess")["emergencyAccess"]!.Type);
        Assert.Equal("Acute danger confirmed by the police.", hub.WithDb(db => db.EmergencyAccessReviews.Single(r => r.EmergencyAccessId == Key(id)).Comment));
    }

    [Theory]
    [InlineData("bup-clinician")]
    [InlineData("social-investigator")]
    [InlineData("school-principal")]
    public async Task ReviewEmergencyAccess_NotTheOfficer_IsDeniedAlikeForARealAndAMissingOpening(string persona)
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);
        var client = hub.ClientFor(persona);

        // act
        var real = await StoreContents.UnchangedAsync(hub, () => client.ReviewAsync(id));
        var missing = await StoreContents.UnchangedAsync(hub, () => client.ReviewAsync(GlobalId.Encode("EmergencyAccess", 9_999_999)));

        // assert
        Assert.Equal("ACCESS_DENIED", real.ErrorCode());
        Assert.Equal(missing.Text, real.Text);
        Assert.DoesNotContain(EmergencyOpenings.Reason, real.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comment", "INVALID input.comment")]
    [InlineData("blank", "INVALID input.comment")]
    [InlineData("id", "INVALID input.emergencyAccessId")]
    [InlineData("missing", "NOT_FOUND input.emergencyAccessId")]
    public async Task ReviewEmergencyAccess_BadInput_IsRefusedAndNothingChanges(string bad, string expected)
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);
        var (target, comment) = bad switch
        {
            "comment" => (id, new string('x', 2001)),
            "blank" => (id, "   "),
            "id" => ("not-an-id", "Justified."),
            _ => (GlobalId.Encode("EmergencyAccess", 9_999_999), "Justified."),
        };

        // act
        var response = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("dpo").ReviewAsync(target, "JUSTIFIED", comment));

        // assert
        Assert.Equal([expected], response.UserErrors("reviewEmergencyAccess"));
    }

    [Fact]
    public async Task ReviewEmergencyAccess_OutcomeNotInTheSchema_IsRefusedAndNothingChanges()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);

        // act
        var response = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("dpo").ReviewAsync(id, "MAYBE"));

        // assert
        Assert.NotNull(response.Errors);
        Assert.Contains("MAYBE", (string?)response.Errors![0]["message"], StringComparison.Ordinal);
    }

    private static int Key(string id) => GlobalId.TryDecode(id, "EmergencyAccess", out var key) ? key : throw new ArgumentException(id);
}
