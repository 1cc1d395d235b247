using GraphQL;
using Hub.Access;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Events;

/// <summary>
/// What a subscriber may know of an event, decided with its identity at delivery time through the
/// same access-layer sets as queries: the pupil must be in its scope and the record in the set of
/// records it may read. An event that fails is simply not sent.
/// </summary>
internal static class EventAccess
{
    public static async Task<bool> VisibleAsync(PersonalData data, HubEvent e, CancellationToken ct)
    {
        if (e.PupilId is int pupilId && !await data.Pupils.AnyAsync(p => p.Id == pupilId, ct))
        {
            return false;
        }

        return e.Kind switch
        {
            RecordKind.Pupil => e.PupilId is not null,
            _ => await RecordSets.HoldsAsync(data, e.Kind, e.EntityId, ct),
        };
    }

    /// <summary>The category a delivery of the event reads, for the access log; null for directory events.</summary>
    public static async Task<DataCategory?> CategoryAsync(PersonalData data, HubEvent e, CancellationToken ct) => e.Kind switch
    {
        RecordKind.Intervention => await data.Events.CategoryOfInterventionAsync(e.EntityId, ct),
        _ => RecordKinds.Of(e.Kind)?.Category is { } category and not DataCategory.Directory ? category : null,
    };
}

/// <summary>
/// The bases a subscriber had for one pupil when it subscribed (every basis of every category it
/// could read, with the category it opened: one consent may open several categories, and a
/// withdrawn provision ends only its own). The subscription lasts while all of them hold; when one
/// ends it ends, saying which.
/// </summary>
internal sealed record BasisSnapshot(int PupilId, IReadOnlySet<(BasisKind Kind, int? Source, DataCategory Category)> Bases, DateTime? ExpiresAt)
{
    public const string EndedCode = "BASIS_ENDED";

    public static async Task<BasisSnapshot?> TakeAsync(PersonalData data, AccessDecisions decisions, int pupilId, CancellationToken ct)
    {
        var pupil = await data.Pupils.FirstOrDefaultAsync(p => p.Id == pupilId, ct);
        if (pupil is null)
        {
            return null;
        }

        decisions.Forget(pupilId);
        await decisions.PrepareAsync([pupil], ct);
        var bases = decisions.For(pupilId).Decisions.Values.SelectMany(d => d.Bases.Select(b => (b.Kind, b.SourceId, d.Category))).ToHashSet();
        var emergencies = bases.Where(b => b.Kind == BasisKind.EmergencyAccess).Select(b => b.SourceId).ToList();
        var expires = emergencies.Count == 0 ? null
            : await data.Events.FirstExpiryAsync(emergencies, ct);
        return new BasisSnapshot(pupilId, bases, expires);
    }

    /// <summary>Null while every basis holds; otherwise the error that ends the subscription.</summary>
    public async Task<ExecutionError?> EndedAsync(BasisSnapshot? now, PersonalData data, CancellationToken ct)
    {
        var lost = Bases.Where(b => now is null || !now.Bases.Contains(b)).OrderBy(b => b.Kind).ThenBy(b => b.Category)
            .Select(b => ((BasisKind, int?, DataCategory)?)b).FirstOrDefault();
        if (lost is not (var kind, var source, var category))
        {
            return null;
        }

        var (reason, text) = kind switch
        {
            BasisKind.Consent => await data.Events.ConsentWithdrawnAsync(source, category, ct)
                ? ("CONSENT_WITHDRAWN", $"consent {source} was withdrawn")
                : ("CONSENT_EXPIRED", $"consent {source} no longer applies"),
            BasisKind.LegalBasis => ("LEGAL_BASIS_ENDED", $"legal basis {source} has ended"),
            BasisKind.EmergencyAccess => ("EMERGENCY_ACCESS_EXPIRED", $"emergency access {source} has expired"),
            _ => ("RELATIONSHIP_ENDED", "the relationship with the pupil has ended"),
        };
        var error = new ExecutionError($"The subscription has ended because {text}. Nothing more is delivered; subscribe again for what you may still see.")
        {
            Code = EndedCode,
        };
        error.Data["reason"] = reason;
        return error;
    }
}
