using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// The access-layer set of each record kind (<see cref="RecordKinds"/>): the records of that kind
/// the caller may see. Payloads, events and their checks find a record by kind and id here, so a
/// kind is answered through the same set wherever it is read.
/// </summary>
public static class RecordSets
{
    private static readonly Dictionary<RecordKind, Set> Sets = new()
    {
        [RecordKind.Pupil] = Of(d => d.Pupils),
        [RecordKind.Placement] = Of(d => d.Placements),
        [RecordKind.Intervention] = Of(d => d.Interventions),
        [RecordKind.Consent] = Of(d => d.Consents),
        [RecordKind.Sip] = Of(d => d.Sips),
        [RecordKind.Absence] = Of(d => d.Absence),
        [RecordKind.ContactPerson] = Of(d => d.ContactPersons),
        [RecordKind.ConsentRequest] = Of(d => d.ConsentRequests),
        [RecordKind.CooperationAgreement] = Of(d => d.CooperationAgreements),
        [RecordKind.ContactPersonNotice] = Of(d => d.ContactPersonNotices),
        [RecordKind.InformationRequest] = Of(d => d.InformationRequests),
        [RecordKind.RsuGroup] = Of(d => d.RsuGroups),
        [RecordKind.CsuAssessment] = Of(d => d.CsuAssessments),
    };

    /// <summary>The records of the kind the caller may see, as their CLR type.</summary>
    public static IQueryable<T> Visible<T>(PersonalData data, RecordKindInfo kind)
        where T : class =>
        Sets[kind.Kind].Visible(data) as IQueryable<T>
            ?? throw new InvalidOperationException($"{kind.TypeName} records are {kind.Type.Name}, not {typeof(T).Name}.");

    /// <summary>Whether the caller may see the record of this kind with this id; false for a kind with no set.</summary>
    public static Task<bool> HoldsAsync(PersonalData data, RecordKind kind, int id, CancellationToken ct) =>
        Sets.TryGetValue(kind, out var set) ? set.Holds(data, id, ct) : Task.FromResult(false);

    private static Set Of<T>(Func<PersonalData, IQueryable<T>> visible)
        where T : class =>
        new(visible, (data, id, ct) => visible(data).AnyAsync(e => EF.Property<int>(e, "Id") == id, ct));

    private sealed record Set(Func<PersonalData, IQueryable> Visible, Func<PersonalData, int, CancellationToken, Task<bool>> Holds);
}
