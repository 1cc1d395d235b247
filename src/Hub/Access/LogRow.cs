using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>How a read becomes a row of the access log.</summary>
internal static class LogRow
{
    /// <summary>A row for the writer to chain (no id or hash yet): what <paramref name="caller"/> read in one operation.</summary>
    public static AccessLogEntry Unchained(
        Caller caller, string operation, DateTime at, int? pupilId, string categories, string basis,
        bool emergency = false, bool protectedIdentity = false) => new()
        {
            At = at,
            PersonId = caller.PersonId,
            Agency = caller.Agency.ToString(),
            UnitCode = caller.UnitCode,
            Role = caller.Role.ToString(),
            Operation = operation,
            PupilId = pupilId,
            Categories = categories,
            Basis = basis,
            Emergency = emergency,
            ProtectedIdentity = protectedIdentity,
            Purpose = caller.Purpose is { } purpose ? DeclaredPurposes.NameOf(purpose) : null,
            PreviousHash = string.Empty,
            Hash = string.Empty,
        };
}
