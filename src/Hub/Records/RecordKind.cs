namespace Hub.Records;

/// <summary>What kind of record a change or an event is about.</summary>
public enum RecordKind
{
    Pupil,
    Placement,
    Intervention,
    Consent,
    Sip,
    Absence,
    ContactPerson,
    ConsentRequest,
    CooperationAgreement,
    ContactPersonNotice,
    InformationRequest,
    RsuGroup,
    CsuAssessment,
    Other,
}

/// <summary>
/// One kind of record that mutations change and events report: its CLR type, the name the schema
/// knows it by (its GraphQL type, and the type part of every global id it gives out for such a
/// record) and the data category a read of it is (null where each record's own kind decides, as for
/// interventions).
/// </summary>
public sealed record RecordKindInfo(RecordKind Kind, Type Type, string TypeName, DataCategory? Category)
{
    /// <summary>What the record of changes stores for the kind: the CLR type's name, as it always has.</summary>
    public string StoredName => Type.Name;
}

/// <summary>The table of record kinds: the one place their names are written.</summary>
public static class RecordKinds
{
    public static readonly RecordKindInfo Pupil = new(RecordKind.Pupil, typeof(Records.Pupil), "Pupil", DataCategory.Identity);
    public static readonly RecordKindInfo Placement = new(RecordKind.Placement, typeof(Records.Placement), "Placement", DataCategory.Placement);
    public static readonly RecordKindInfo Intervention = new(RecordKind.Intervention, typeof(Records.Intervention), "Intervention", null);
    public static readonly RecordKindInfo Consent = new(RecordKind.Consent, typeof(ConsentRecord), "Consent", DataCategory.Consent);
    public static readonly RecordKindInfo Sip = new(RecordKind.Sip, typeof(Records.Sip), "Sip", DataCategory.Sip);
    public static readonly RecordKindInfo Absence = new(RecordKind.Absence, typeof(AbsenceRecord), "TermAbsence", DataCategory.Absence);
    public static readonly RecordKindInfo ContactPerson = new(RecordKind.ContactPerson, typeof(Records.ContactPerson), "ContactPerson", DataCategory.Directory);
    public static readonly RecordKindInfo ConsentRequest = new(RecordKind.ConsentRequest, typeof(Records.ConsentRequest), "ConsentRequest", DataCategory.Consent);
    public static readonly RecordKindInfo CooperationAgreement = new(RecordKind.CooperationAgreement, typeof(Records.CooperationAgreement), "CooperationAgreement", DataCategory.Directory);
    public static readonly RecordKindInfo ContactPersonNotice = new(RecordKind.ContactPersonNotice, typeof(Records.ContactPersonNotice), "ContactPersonNotice", DataCategory.Directory);
    public static readonly RecordKindInfo InformationRequest = new(RecordKind.InformationRequest, typeof(Records.InformationRequest), "InformationRequest", DataCategory.Investigation);
    public static readonly RecordKindInfo RsuGroup = new(RecordKind.RsuGroup, typeof(Records.RsuGroup), "RsuGroup", DataCategory.Directory);
    public static readonly RecordKindInfo CsuAssessment = new(RecordKind.CsuAssessment, typeof(Records.CsuAssessment), "CsuAssessment", DataCategory.CsuAssessment);

    /// <summary>The type name of a consent's provision: a part of a consent with an id of its own, confirmed, refused or withdrawn by itself.</summary>
    public const string ConsentProvisionTypeName = "ConsentProvision";

    public static IReadOnlyList<RecordKindInfo> All { get; } =
        [Pupil, Placement, Intervention, Consent, Sip, Absence, ContactPerson, ConsentRequest, CooperationAgreement, ContactPersonNotice, InformationRequest, RsuGroup, CsuAssessment];

    /// <summary>The kind of a record of this CLR type or one derived from it (an investigation is an intervention), if it is one.</summary>
    public static RecordKindInfo? OfType(Type type) => All.FirstOrDefault(k => k.Type.IsAssignableFrom(type));

    /// <summary>How the record of changes names a record of this CLR type: its kind's stored name, or the type's own name when it is of no kind.</summary>
    public static string StoredNameOf(Type type) => OfType(type)?.StoredName ?? type.Name;

    /// <summary>The kind the record of changes names by <paramref name="storedName"/>, if it is one.</summary>
    public static RecordKindInfo? OfStored(string storedName) => All.FirstOrDefault(k => k.StoredName == storedName);

    public static RecordKindInfo? Of(RecordKind kind) => All.FirstOrDefault(k => k.Kind == kind);
}
