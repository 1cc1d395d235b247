using Hub.Changes;
using Hub.Consents;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Interventions;

/// <summary>
/// What the intervention mutations share: a new record kept by the caller's unit, an existing one
/// that only its own unit changes, and closing one.
/// </summary>
internal static class InterventionWrite
{
    public const int MaxSummaryLength = 2000;
    public const int MaxReasonLength = 1000;
    public const int MaxNameLength = 200;

    /// <summary>Adds <paramref name="record"/> about the pupil from <paramref name="openedOn"/>, kept by <paramref name="keeper"/> (default: the caller's unit).</summary>
    public static T Keep<T>(Write w, T record, int pupilId, DateOnly openedOn, Unit? keeper = null)
        where T : Intervention
    {
        record.PupilId = pupilId;
        record.UnitId = keeper?.Id ?? w.Caller.UnitId;
        record.OwnerAgency = keeper?.Agency ?? w.Caller.Agency;
        record.OpenedOn = openedOn;
        w.Store.Add(record);
        return record;
    }

    /// <summary>
    /// Receives a report of concern at <paramref name="reception"/> (kept by the caller's unit when
    /// null): due for its preliminary assessment in <see cref="ReportOfConcern.AssessmentDays"/>
    /// days, with its assessment pending and the legal bases it opens.
    /// </summary>
    public static async Task<ReportOfConcern> ReceiveReportAsync(Write w, ReportOfConcern report, int pupilId, DateOnly receivedOn, Unit? reception = null)
    {
        report.AssessmentDueOn = ConcernReportRules.AssessmentDueOn(receivedOn);
        Keep(w, report, pupilId, receivedOn, reception);
        Keep(w, new PreliminaryAssessment { OwnerAuthority = report.OwnerAuthority, Report = report }, pupilId, receivedOn, reception);
        await LegalBases.OpenAsync(w, report);
        return report;
    }

    /// <summary>
    /// A record the caller may see (any other id is NOT_FOUND), kept by the caller's own unit (a
    /// colleague unit's record is NOT_PERMITTED), at the version the caller read.
    /// </summary>
    public static async Task<T> KeptByCallerAsync<T>(Write w, IQueryable<T> visible, string id, int version, string field, string what)
        where T : Intervention =>
        KeptByCaller(w, await w.RecordAsync(visible, id, RecordKinds.Intervention.TypeName, field), version, field, what);

    /// <summary>The record, if the caller's unit keeps it, at the version the caller read.</summary>
    public static T KeptByCaller<T>(Write w, T record, int version, string field, string what)
        where T : Intervention
    {
        if (record.UnitId != w.Caller.UnitId)
        {
            throw Refuse(UserErrorCode.NotPermitted, field, $"Only the unit that keeps the {what} changes it.");
        }

        w.Expect(record, version);
        return record;
    }

    /// <summary>Closes an open record on a day from its opening to today, with the closing note.</summary>
    public static void Close(Write w, Intervention record, string idField, DateOnly closedOn, string dateField, string? closingNote, string what)
    {
        if (record.ClosedOn is DateOnly closed)
        {
            throw Refuse(UserErrorCode.WrongState, idField, $"The {what} was already closed on {closed:yyyy-MM-dd}.");
        }

        Order(record.OpenedOn, closedOn, dateField, $"the {what}'s opening");
        w.NotFuture(closedOn, dateField);
        record.ClosingNote = Text(closingNote, "closingNote", MaxSummaryLength);
        record.ClosedOn = closedOn;
    }
}
