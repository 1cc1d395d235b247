using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Changes;

/// <summary>
/// What a mutation's handler works with: the store inside the mutation's transaction, the caller,
/// the business date, and the checks every mutation needs. Each check refuses with a
/// <see cref="UserError"/> naming the input field, and the runner then rolls everything back.
/// Records are found only through the access layer, so an id of a record the caller may not see
/// is refused exactly like an id that does not exist.
/// </summary>
public sealed class Write(PersonalData data, ChangeStore store, IdentityNumbers numbers, UnitDirectory directory, HubClock clock, CancellationToken cancellationToken)
{
    /// <summary>The store inside the transaction: records added, and the named reads of the access layer.</summary>
    public ChangeStore Store => store;

    public PersonalData Data => data;

    /// <summary>Look-ups by personal identity number, each logged.</summary>
    public IdentityNumbers Numbers => numbers;

    public Caller Caller => data.Caller;

    public DateOnly Today => data.Today;

    public DateTime Now => clock.UtcNow;

    public CancellationToken Cancel => cancellationToken;

    private readonly List<int> _pupilsAlsoChanged = [];

    /// <summary>
    /// Names a pupil the handler changed besides the record it returns (a population-register notice
    /// that changed a child): the runner records that change too, so that its event reaches those who
    /// see the pupil.
    /// </summary>
    public void AlsoChangedPupil(int pupilId) => _pupilsAlsoChanged.Add(pupilId);

    internal IReadOnlyList<int> PupilsAlsoChanged => _pupilsAlsoChanged;

    /// <summary>A refusal for the handler to throw. <paramref name="field"/> is the input path, dotted: "provisions.0.category".</summary>
    public static RefusedException Refuse(UserErrorCode code, string field, string message) =>
        new(new UserError(code, ["input", .. field.Split('.', StringSplitOptions.RemoveEmptyEntries)], message));

    /// <summary>A pupil the caller has a relationship with, tracked for change.</summary>
    public async Task<Pupil> PupilAsync(string? id, string field = "pupilId")
    {
        var key = Key(id, RecordKinds.Pupil.TypeName, field);
        return await store.ForChangeAsync(data.Pupils, key, cancellationToken) ?? throw NotFound(field, "pupil");
    }

    /// <summary>
    /// A pupil named by personal identity number, for the mutations that start the caller's first
    /// relationship with the pupil (a report received, a contact registered), as a paper referral does.
    /// Found only within the caller's jurisdiction, through the access layer, which logs the look-up;
    /// a pupil outside it is refused exactly like a number that is not in the hub. Validate every
    /// other field of the input first, so that no refusal depends on whether the number is known.
    /// </summary>
    public async Task<Pupil> PupilByNumberAsync(string? number, string field = "personalIdentityNumber")
    {
        var normalized = IdentityNumber(number, field);
        var id = await numbers.FindByIdentityNumberAsync(normalized, NumberReach.Jurisdiction, cancellationToken) ?? throw NumberNotFound(field);
        return await store.PupilAsync(id, cancellationToken);
    }

    /// <summary>A valid personal identity number, normalised; checking it needs no look-up.</summary>
    public static string IdentityNumber(string? number, string field = "personalIdentityNumber") =>
        PersonalIdentityNumber.TryNormalize(number ?? "", out var normalized, out var problem)
            ? normalized
            : throw Refuse(UserErrorCode.Invalid, field, $"Not a valid personal identity number: {problem}.");

    /// <summary>The one answer for a number not in the hub, a pupil out of the caller's reach, and a refusal the caller may not read.</summary>
    public static RefusedException NumberNotFound(string field = "personalIdentityNumber") =>
        Refuse(UserErrorCode.NotFound, field, "No pupil with that personal identity number that you may act on.");

    /// <summary>
    /// A refusal that tells something about a pupil found by number (its grade, its enrolment, its
    /// placements): as it is when the caller sees the pupil, its role reads the category, and the
    /// records it speaks of (if any) are readable to the caller; otherwise exactly the refusal for a
    /// number not in the hub, so that the refusal tells nothing the caller may not read.
    /// </summary>
    public async Task<RefusedException> AboutPupilAsync<T>(Pupil pupil, DataCategory category, RefusedException refusal, IQueryable<T>? records = null,
        string field = "personalIdentityNumber")
    {
        var readable = await data.SeesAsync(pupil.Id, category, cancellationToken) && (records is null || await records.AnyAsync(cancellationToken));
        return readable ? refusal : NumberNotFound(field);
    }

    public Task<RefusedException> AboutPupilAsync(Pupil pupil, DataCategory category, RefusedException refusal) =>
        AboutPupilAsync<Pupil>(pupil, category, refusal);

    /// <summary>A record found through an access-layer set, then tracked for change.</summary>
    public async Task<T> RecordAsync<T>(IQueryable<T> visible, string? id, string idType, string field)
        where T : class
    {
        var key = Key(id, idType, field);
        var record = await store.ForChangeAsync(visible, key, cancellationToken);

        // A record is reachable only through a pupil the caller may see, as in every query.
        if (record is null || (record is IPupilRecord r && !await data.Pupils.AnyAsync(p => p.Id == r.PupilId, cancellationToken)))
        {
            throw NotFound(field, idType);
        }

        return record;
    }

    /// <summary>A unit of the directory (not personal data: any caller may name any unit).</summary>
    public async Task<Unit> UnitAsync(string? id, string field, params UnitKind[] kinds)
    {
        var key = Key(id, "Unit", field);
        var unit = await directory.UnitAsync(key, cancellationToken) ?? throw NotFound(field, "unit");
        if (kinds.Length > 0 && !kinds.Contains(unit.Kind))
        {
            throw Refuse(UserErrorCode.Invalid, field, $"The unit {unit.Name} is a {unit.Kind}; expected {string.Join(" or ", kinds)}.");
        }

        return unit;
    }

    /// <summary>A district of the directory, or null.</summary>
    public ValueTask<District?> DistrictAsync(int id) => directory.DistrictAsync(id, cancellationToken);

    /// <summary>Every unit of the directory.</summary>
    public ValueTask<IReadOnlyCollection<Unit>> UnitsAsync() => directory.UnitsAsync(cancellationToken);

    /// <summary>A unit a stored record refers to (so it exists), from the directory.</summary>
    public async Task<Unit> UnitAsync(int id) =>
        await directory.UnitAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Unit {id} is referred to but not in the directory.");

    /// <summary>Refuses a stale version; otherwise marks the record changed so its version goes up when saved.</summary>
    public void Expect(IVersioned record, int version, string field = "version")
    {
        if (record.Version != version)
        {
            throw Refuse(UserErrorCode.StaleVersion, field,
                $"The record is at version {record.Version}, not {version}: it changed since you read it. Read it again and retry.");
        }

        store.ExpectVersion(record, version);
    }

    /// <summary>Trimmed text of at most <paramref name="max"/> characters; null for an optional one left out or blank.</summary>
    public static string? Text(string? value, string field, int max, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw Refuse(UserErrorCode.Invalid, field, "Required: must not be empty.") : null;
        }

        return text.Length <= max ? text : throw Refuse(UserErrorCode.Invalid, field, $"At most {max} characters ({text.Length} given).");
    }

    /// <summary>Whether stored text is as <see cref="Text"/> keeps it: trimmed, not empty, within <paramref name="max"/> characters, present when required.</summary>
    public static bool Fits(string? text, int max, bool required = true) =>
        text is null ? !required : text.Length > 0 && text.Length <= max && text.Trim().Length == text.Length;

    /// <summary>Refuses a day after today: the hub records what has happened.</summary>
    public void NotFuture(DateOnly day, string field)
    {
        if (day > Today)
        {
            throw Refuse(UserErrorCode.Invalid, field, $"{day:yyyy-MM-dd} is in the future (today is {Today:yyyy-MM-dd}).");
        }
    }

    /// <summary>Refuses <paramref name="later"/> before <paramref name="earlier"/>.</summary>
    public static void Order(DateOnly earlier, DateOnly later, string laterField, string what)
    {
        if (later < earlier)
        {
            throw Refuse(UserErrorCode.Invalid, laterField, $"{later:yyyy-MM-dd} is before {what} ({earlier:yyyy-MM-dd}).");
        }
    }

    public static RefusedException NotFound(string field, string what) =>
        Refuse(UserErrorCode.NotFound, field, $"No {what} with that id that you may see.");

    private static int Key(string? id, string type, string field) =>
        GlobalId.TryDecode(id, type, out var key) ? key : throw Refuse(UserErrorCode.Invalid, field, $"Not a {type} id.");
}
