using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// Asking the family for consent, and what they said. Staff record that they asked (which
/// provisions, checked as a consent's would be, when, how), then the answer: given (naming the
/// consent that answered it; <c>recordConsent</c> answers it itself when given the request),
/// declined, or no answer. The family sees its open requests and answers them in its own view
/// (<c>answerFamilyConsentRequest</c>). A request lets nothing cross.
/// </summary>
public static class ConsentRequests
{
    public const int MaxOpen = 200;

    public static void AddTo(ObjectGraphType mutation, Who who)
    {
        mutation.Mutation<AskForConsentInputType, AskForConsentInput, ConsentRequestPayloadType>("askForConsent",
            "Records that the family was asked for a consent: what it would let cross (as a consent's provisions), when and how they were asked, "
            + "and for how long. The family sees the open request in its own view and may answer it there.",
            who, AskAsync);
        mutation.Mutation<RecordConsentAnswerInputType, RecordConsentAnswerInput, ConsentRequestPayloadType>("recordConsentAnswer",
            "Records the family's answer to an open request for consent: GIVEN (naming the consent recorded from the signed form), DECLINED, "
            + "or NO_ANSWER when staff stop waiting. A request is answered once.",
            who, AnswerAsync);
    }

    private static async Task<object> AskAsync(Write w, AskForConsentInput input)
    {
        var pupil = await w.PupilAsync(input.PupilId);
        w.NotFuture(input.AskedOn, "askedOn");
        var months = input.LastsMonths ?? ConsentRules.MaxMonths;
        if (months is < 1 or > ConsentRules.MaxMonths)
        {
            throw Refuse(UserErrorCode.Invalid, "lastsMonths", $"A consent runs for 1 to {ConsentRules.MaxMonths} months ({months} given).");
        }

        if (input.Provisions.Count == 0)
        {
            throw Refuse(UserErrorCode.Invalid, "provisions", "A request asks for at least one category from one agency to another.");
        }

        var request = new ConsentRequest
        {
            PupilId = pupil.Id,
            AskedOn = input.AskedOn,
            How = input.How,
            AskedBy = w.Caller.Name,
            AskedByUnitId = w.Caller.UnitId,
            RecordedAt = w.Now,
            LastsMonths = months,
            Status = ConsentRequestStatus.Open,
        };
        var checkedSoFar = new List<ConsentProvision>();
        for (var i = 0; i < input.Provisions.Count; i++)
        {
            var p = await ConsentMutations.ProvisionAsync(w, pupil, input.Provisions[i], checkedSoFar, $"provisions.{i}");
            checkedSoFar.Add(p);
            request.Provisions.Add(new ConsentRequestProvision
            {
                Category = p.Category,
                FromAgency = p.FromAgency,
                ToAgency = p.ToAgency,
                ToUnitId = p.ToUnitId,
                Purpose = p.Purpose,
                FromAuthority = p.FromAuthority,
            });
        }

        w.Store.Add(request);
        return request;
    }

    private static async Task<object> AnswerAsync(Write w, RecordConsentAnswerInput input)
    {
        var request = await w.RecordAsync(w.Data.ConsentRequests, input.RequestId, RecordKinds.ConsentRequest.TypeName, "requestId");
        w.Expect(request, input.Version);
        EnsureOpen(request, "requestId");
        w.NotFuture(input.AnsweredOn, "answeredOn");
        Order(request.AskedOn, input.AnsweredOn, "answeredOn", "the day the family was asked");
        var named = input.GuardianId is not null || input.ByPupil == true;
        switch (input.Answer)
        {
            case ConsentAnswer.Given:
                var consent = await w.RecordAsync(w.Data.Consents, input.ConsentId
                    ?? throw Refuse(UserErrorCode.Invalid, "consentId", "A given consent is recorded from the signed form first (recordConsent): name it."),
                    RecordKinds.Consent.TypeName, "consentId");
                request.ConsentId = consent.PupilId == request.PupilId ? consent.Id
                    : throw Refuse(UserErrorCode.Invalid, "consentId", "That consent is about another pupil.");
                break;
            case ConsentAnswer.Declined when input.ConsentId is not null:
                throw Refuse(UserErrorCode.Invalid, "consentId", "A declined request names no consent.");
            case ConsentAnswer.NoAnswer when input.ConsentId is not null || named:
                throw Refuse(UserErrorCode.Invalid, input.ConsentId is not null ? "consentId" : "guardianId", "Nobody answered: name neither a consent nor who answered.");
        }

        if (input.GuardianId is not null && input.ByPupil == true)
        {
            throw Refuse(UserErrorCode.Invalid, "guardianId", "Name one who answered: a guardian (guardianId) or the pupil (byPupil: true).");
        }

        if (named)
        {
            var by = await ConsentWithdrawal.FamilyMemberAsync(w, request.PupilId, input.GuardianId, "answer a request for consent");
            (request.AnsweredByGuardianId, request.AnsweredByPupil) = (by.GuardianId, by.ByPupil);
        }

        request.Status = input.Answer switch
        {
            ConsentAnswer.Given => ConsentRequestStatus.Given,
            ConsentAnswer.Declined => ConsentRequestStatus.Declined,
            _ => ConsentRequestStatus.NoAnswer,
        };
        request.AnsweredOn = input.AnsweredOn;
        request.AnswerRecordedBy = w.Caller.Name;
        return request;
    }

    /// <summary>Answers an open request with the consent <c>recordConsent</c> is recording from the signed form: GIVEN, today.</summary>
    internal static async Task AnswerWithAsync(Write w, string requestId, ConsentRecord consent)
    {
        var request = await w.RecordAsync(w.Data.ConsentRequests, requestId, RecordKinds.ConsentRequest.TypeName, "consentRequestId");
        if (request.PupilId != consent.PupilId)
        {
            throw Refuse(UserErrorCode.Invalid, "consentRequestId", "That request is about another pupil.");
        }

        EnsureOpen(request, "consentRequestId");
        (request.Status, request.AnsweredOn, request.AnswerRecordedBy, request.Consent) = (ConsentRequestStatus.Given, w.Today, w.Caller.Name, consent);
        w.Store.MarkChanged(request);
    }

    /// <summary>What a consent the family gave in the hub says in place of a member of staff's name.</summary>
    public const string GivenInTheHub = "the family, in the hub";

    /// <summary>
    /// The family's own answer in the hub, as <paramref name="member"/>. Declined: recorded so.
    /// Given: the consent asked for, from today for the months asked, signed by the member today
    /// (under joint custody it waits for the other guardian's signature, as any consent does);
    /// recorded for the unit that asked. A provision whose records the asking authority keeps is
    /// in effect, since that authority asked to let them cross; any other waits for its own
    /// authority to confirm it. Returns the new consent, or null for a refusal.
    /// </summary>
    public static async Task<ConsentRecord?> AnswerByFamilyAsync(ChangeStore store, ConsentRequest request, Withdrawer member, bool give, string askingAuthority,
        DateOnly today, DateTime now, CancellationToken ct)
    {
        EnsureOpen(request, "requestId");
        (request.AnsweredOn, request.AnsweredByGuardianId, request.AnsweredByPupil, request.AnswerRecordedBy) = (today, member.GuardianId, member.ByPupil, null);
        if (!give)
        {
            request.Status = ConsentRequestStatus.Declined;
            return null;
        }

        await store.LoadAsync(request, r => r.Provisions, ct);
        var consent = new ConsentRecord
        {
            PupilId = request.PupilId,
            ValidFrom = today,
            ValidTo = today.AddMonths(request.LastsMonths).AddDays(-1),
            RecordedBy = GivenInTheHub,
            RecordedByUnitId = request.AskedByUnitId,
            RecordedAt = now,
            FormReference = $"Given in the hub: {GlobalId.Encode(RecordKinds.ConsentRequest.TypeName, request.Id)}",
        };
        foreach (var asked in request.Provisions.OrderBy(p => p.Id))
        {
            var provision = AsProvision(asked);
            provision.DisclosedByAuthority = asked.FromAuthority == askingAuthority ? asked.FromAuthority : null;
            consent.Provisions.Add(provision);
        }
        consent.Signatures.Add(new ConsentSignature { GuardianId = member.GuardianId, ByPupil = member.ByPupil, SignedOn = today });
        store.Add(consent);
        (request.Status, request.Consent) = (ConsentRequestStatus.Given, consent);
        return consent;
    }

    /// <summary>What an item of a request becomes in the consent that answers it (not yet disclosed by anyone).</summary>
    public static ConsentProvision AsProvision(ConsentRequestProvision asked) => new()
    {
        Category = asked.Category,
        FromAgency = asked.FromAgency,
        ToAgency = asked.ToAgency,
        ToUnitId = asked.ToUnitId,
        Purpose = asked.Purpose,
        FromAuthority = asked.FromAuthority,
    };

    /// <summary>
    /// Every rule a whole request breaks, in words, for records made other than by the mutations (the
    /// demo city): its provisions as a consent's; the months; the days; an answer that fits its
    /// status; who answered had custody that day. <paramref name="pupilOfConsent"/> answers whose a consent is.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(ConsentRequest request, Func<DateOnly, IReadOnlyCollection<int>> custodiansOn, Func<int, Agency> agencyOfUnit,
        Func<int, int?> pupilOfConsent, DateOnly today)
    {
        var problems = ConsentRules.ProvisionProblems(request.Provisions.Select(AsProvision).ToList(), agencyOfUnit).ToList();
        if (request.LastsMonths is < 1 or > ConsentRules.MaxMonths)
        {
            problems.Add($"asks for {request.LastsMonths} months");
        }

        if (request.AskedOn > today)
        {
            problems.Add($"asked on {request.AskedOn:yyyy-MM-dd}, after today");
        }

        var answered = request.AnsweredOn is not null || request.ConsentId is not null || request.AnsweredByGuardianId is not null || request.AnsweredByPupil;
        if (request.Status == ConsentRequestStatus.Open)
        {
            problems.AddRange(answered || request.AnswerRecordedBy is not null ? ["open, yet answered"] : []);
            return problems;
        }

        if (request.AnsweredOn is not DateOnly on || on < request.AskedOn || on > today)
        {
            problems.Add($"answered on {request.AnsweredOn:yyyy-MM-dd}, not between the day asked and today");
        }

        if ((request.Status == ConsentRequestStatus.Given) != (request.ConsentId is not null)
            || (request.ConsentId is int consent && pupilOfConsent(consent) != request.PupilId))
        {
            problems.Add("a consent is named exactly when one of the pupil's was given");
        }

        if (request.Status == ConsentRequestStatus.NoAnswer && (request.AnsweredByGuardianId is not null || request.AnsweredByPupil))
        {
            problems.Add("no answer, yet someone answered");
        }

        if (request.AnsweredByGuardianId is int guardian && (request.AnsweredByPupil || request.AnsweredOn is not DateOnly day || !custodiansOn(day).Contains(guardian)))
        {
            problems.Add($"guardian {guardian} answered without custody, or beside the pupil");
        }

        return problems;
    }

    /// <summary>Refuses a request that was already answered: an answer is final; ask again for a new one.</summary>
    public static void EnsureOpen(ConsentRequest request, string field)
    {
        if (request.Status != ConsentRequestStatus.Open)
        {
            throw Refuse(UserErrorCode.WrongState, field,
                $"The request was answered ({request.Status}) on {request.AnsweredOn:yyyy-MM-dd}: an answer is final; ask again if needed.");
        }
    }
}
