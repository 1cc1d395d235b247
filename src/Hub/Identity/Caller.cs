using Hub.Records;

namespace Hub.Identity;

/// <summary>
/// Who is asking, as the token says and the directory confirms: a person acting for a unit of an
/// agency in a role. Built once per request from the token and the unit directory.
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
    int? DistrictId);
