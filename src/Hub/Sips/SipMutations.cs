using GraphQL.Types;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Sips;

/// <summary>
/// Coordinated individual plans (SIP). Any party may initiate one, but never without a consent:
/// the plan is created, and a unit of another agency joins it, only under an effective consent
/// of the pupil that lets the plan cross to that agency. Only units taking part change a plan.
/// </summary>
public static class SipMutations
{
    public const int MaxGoal = 2000;
    public const int MaxGoalDescription = 1000;
    public const int MaxName = 200;
    public const int MaxNotes = 4000;

    private static readonly UnitKind[] ParticipantKinds =
    [
        UnitKind.School, UnitKind.TeachingGroup, UnitKind.PupilHealthUnit, UnitKind.SocialServicesReception,
        UnitKind.SocialServicesInvestigation, UnitKind.SocialServicesPreventive, UnitKind.BupClinic, UnitKind.FirstLineUnit, UnitKind.HabilitationUnit,
    ];

    private static readonly Who Coordinators =
        Who.Of(Agency.School, "a school's principal or pupil-health officer", Role.Principal, Role.PupilHealthOfficer)
            .Or(Who.Of(Agency.SocialServices, "social services' investigators and school social workers", Role.Investigator, Role.SchoolSocialWorker))
            .Or(Who.Of(Agency.Bup, "BUP's clinicians", Role.Clinician))
            .Or(Who.Of(Agency.FirstLinePsychiatry, "first-line psychiatry's clinicians", Role.Clinician))
            .Or(Who.Of(Agency.Habilitation, "habilitation's clinicians", Role.Clinician));

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateSipInputType, CreateSipInput, SipPayloadType>("createSip",
            "Creates a SIP (samordnad individuell plan) with its goals and participants, under a consent that covers every participating agency.",
            Coordinators, CreateAsync);
        mutation.Mutation<AddSipParticipantInputType, AddSipParticipantInput, SipPayloadType>("addSipParticipant",
            "Adds a unit to a SIP; the SIP's consent must still grant and cover the unit's agency.", Coordinators, AddParticipantAsync);
        mutation.Mutation<RecordSipMeetingInputType, RecordSipMeetingInput, SipPayloadType>("recordSipMeeting",
            "Records a SIP meeting: what it agreed, the goals achieved and the next follow-up.", Coordinators, RecordMeetingAsync);
        mutation.Mutation<CloseSipInputType, CloseSipInput, SipPayloadType>("closeSip",
            "Closes a SIP; a closed SIP is not changed again.", Coordinators, CloseAsync);
    }

    private static async Task<object> CreateAsync(Write w, CreateSipInput input)
    {
        var pupil = await w.PupilAsync(input.PupilId);
        var sip = new Sip
        {
            PupilId = pupil.Id,
            Goal = Text(input.Goal, "goal", MaxGoal)!,
            InitiatedByUnitId = w.Caller.UnitId,
            CreatedOn = w.Today,
        };
        var units = new List<Unit>();
        for (var i = 0; i < input.Participants.Count; i++)
        {
            var p = input.Participants[i];
            var unit = await w.UnitAsync(p.UnitId, $"participants.{i}.unitId", ParticipantKinds);
            if (units.Exists(u => u.Id == unit.Id))
            {
                throw Refuse(UserErrorCode.Duplicate, $"participants.{i}.unitId", $"{unit.Name} is already a participant.");
            }

            units.Add(unit);
            sip.Participants.Add(Participant(unit, p.CoordinatorName, p.Responsibility, p.LeadsCoordination, $"participants.{i}."));
        }

        if (!SipRules.CoordinatesAgencies(units.Select(u => u.Agency)))
        {
            throw Refuse(UserErrorCode.Invalid, "participants", "A SIP coordinates at least two agencies.");
        }

        if (!units.Exists(u => u.Id == w.Caller.UnitId))
        {
            throw Refuse(UserErrorCode.NotPermitted, "participants", "The unit that creates a SIP takes part in it.");
        }

        if (!SipRules.OneLead(sip.Participants))
        {
            throw Refuse(UserErrorCode.Invalid, "participants", "Exactly one participating unit leads the coordination.");
        }

        for (var i = 0; i < input.Goals.Count; i++)
        {
            var g = input.Goals[i];
            var description = Text(g.Description, $"goals.{i}.description", MaxGoalDescription)!;
            if (!GlobalId.TryDecode(g.ResponsibleUnitId, "Unit", out var unitId) || !units.Exists(u => u.Id == unitId))
            {
                throw Refuse(UserErrorCode.Invalid, $"goals.{i}.responsibleUnitId", "A goal is the responsibility of a participating unit.");
            }

            sip.Goals.Add(new SipGoal { Description = description, ResponsibleUnitId = unitId });
        }

        if (input.NextFollowUpOn is DateOnly next && !SipRules.FollowUpFits(w.Today, next))
        {
            throw Refuse(UserErrorCode.Invalid, "nextFollowUpOn", "The first follow-up falls after today and within six months.");
        }

        sip.NextFollowUpOn = input.NextFollowUpOn;
        var consentId = GlobalId.TryDecode(input.ConsentId, RecordKinds.Consent.TypeName, out var key) ? key : throw Refuse(UserErrorCode.Invalid, "consentId", $"Not a {RecordKinds.Consent.TypeName} id.");
        sip.ConsentId = await SipConsent.CoveringAsync(w, pupil.Id, consentId, units, "consentId", "consentId");
        w.Store.Add(sip);
        return sip;
    }

    private static async Task<object> AddParticipantAsync(Write w, AddSipParticipantInput input)
    {
        var sip = await OpenAsync(w, input.SipId, input.Version);
        var unit = await w.UnitAsync(input.UnitId, "unitId", ParticipantKinds);
        if (sip.Participants.Exists(p => p.UnitId == unit.Id))
        {
            throw Refuse(UserErrorCode.Duplicate, "unitId", $"{unit.Name} already takes part in the SIP.");
        }

        await SipConsent.CoveringAsync(w, sip.PupilId, sip.ConsentId, [unit], "sipId", "unitId");
        sip.Participants.Add(Participant(unit, input.CoordinatorName, input.Responsibility, leads: false, ""));
        return sip;
    }

    private static async Task<object> RecordMeetingAsync(Write w, RecordSipMeetingInput input)
    {
        var sip = await OpenAsync(w, input.SipId, input.Version);
        w.NotFuture(input.HeldOn, "heldOn");
        Order(sip.CreatedOn, input.HeldOn, "heldOn", "the SIP's creation");
        var notes = Text(input.Notes, "notes", MaxNotes)!;
        if (input.NextFollowUpOn is DateOnly next && !SipRules.FollowUpFits(input.HeldOn, next))
        {
            throw Refuse(UserErrorCode.Invalid, "nextFollowUpOn", "The next follow-up falls after the meeting and within six months of it.");
        }

        await w.Store.LoadAsync(sip, s => s.Goals, w.Cancel);
        var achieved = input.AchievedGoalIds ?? [];
        for (var i = 0; i < achieved.Count; i++)
        {
            var goal = GlobalId.TryDecode(achieved[i], "SipGoal", out var goalId) ? sip.Goals.Find(g => g.Id == goalId) : null;
            if (goal is null)
            {
                throw Refuse(UserErrorCode.Invalid, $"achievedGoalIds.{i}", "Not a goal of this SIP.");
            }

            goal.AchievedOn ??= input.HeldOn;
        }

        sip.NextFollowUpOn = input.NextFollowUpOn ?? (input.FollowUp ? null : sip.NextFollowUpOn);
        sip.Meetings.Add(new SipMeeting { HeldOn = input.HeldOn, FollowUp = input.FollowUp, Notes = notes, RecordedBy = w.Caller.Name });
        return sip;
    }

    private static async Task<object> CloseAsync(Write w, CloseSipInput input)
    {
        var sip = await OpenAsync(w, input.SipId, input.Version);
        w.NotFuture(input.ClosedOn, "closedOn");
        Order(sip.CreatedOn, input.ClosedOn, "closedOn", "the SIP's creation");
        sip.ClosedOn = input.ClosedOn;
        sip.NextFollowUpOn = null;
        return sip;
    }

    /// <summary>An open SIP the caller's unit takes part in, at the version the caller read, with its participants.</summary>
    private static async Task<Sip> OpenAsync(Write w, string id, int version)
    {
        var sip = await w.RecordAsync(w.Data.Sips, id, RecordKinds.Sip.TypeName, "sipId");
        w.Expect(sip, version);
        if (sip.ClosedOn is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "sipId", $"The SIP was closed on {sip.ClosedOn:yyyy-MM-dd}.");
        }

        await w.Store.LoadAsync(sip, s => s.Participants, w.Cancel);
        return sip.Participants.Exists(p => p.UnitId == w.Caller.UnitId)
            ? sip
            : throw Refuse(UserErrorCode.NotPermitted, "sipId", "Only a unit taking part in the SIP changes it.");
    }

    private static SipParticipant Participant(Unit unit, string coordinator, string responsibility, bool leads, string at) => new()
    {
        UnitId = unit.Id,
        Authority = unit.Authority,
        CoordinatorName = Text(coordinator, at + "coordinatorName", MaxName)!,
        Responsibility = Text(responsibility, at + "responsibility", MaxGoal)!,
        LeadsCoordination = leads,
    };
}
