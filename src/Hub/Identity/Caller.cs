using Hub.Records;

namespace Hub.Identity;

/// <summary>
/// Who is asking, as the token says and the directory confirms: a person acting for a unit of an
/// agency in a role, for a declared purpose (<see cref="DeclaredPurposes"/>). Built once per
/// request from the token, the declared purpose and the unit directory.
/// </summary>
public sealed record Caller(
    string PersonId,
    string Name,
    Agency Agency,
    Role Role,
    int UnitId,
    string UnitCode,
    UnitKind UnitKind,
    string Authority,
    int? DistrictId,
    SharingPurpose? Purpose = null)
{
    /// <summary>
    /// Everything access decisions depend on besides the moment: two callers with the same key see
    /// the same, so they may share a decision (one event, many subscribers). The purpose is part of
    /// it: the same person reading for a SIP and for support in school is granted differently.
    /// </summary>
    public string DecisionKey => $"{PersonId}|{Agency}|{UnitId}|{Role}|{Purpose}";
}
