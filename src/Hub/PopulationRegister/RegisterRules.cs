using Hub.Pupils;
using Hub.Records;

namespace Hub.PopulationRegister;

/// <summary>
/// What the population register's notices decide, whoever records a child: a child's protected
/// identity and registered district are the register's latest word of each kind, when it has
/// spoken. The notify mutations and the enrolment follow these; the demo city is held to them.
/// </summary>
public static class RegisterRules
{
    /// <summary>At most this many guardians have custody at once (joint custody).</summary>
    public const int MaxGuardians = CustodyRules.MaxGuardians;

    /// <summary>The latest of a number's notices of one kind: the one holding from the latest day, the last received among equals.</summary>
    public static RegisterNotice? Latest(IEnumerable<RegisterNotice> notices, RegisterNoticeKind kind) =>
        notices.Where(n => n.Kind == kind).OrderByDescending(n => n.Since).ThenByDescending(n => n.Id).FirstOrDefault();

    /// <summary>Every way the child's record departs from what the register last said of it, in words.</summary>
    public static IEnumerable<string> ProblemsOf(Pupil child, IReadOnlyCollection<RegisterNotice> notices)
    {
        var protection = Latest(notices, RegisterNoticeKind.ProtectedIdentity)?.ProtectedIdentity ?? false;
        if (child.ProtectedIdentity != protection)
        {
            yield return protection
                ? "the register protects the identity, the hub does not"
                : "the identity is protected with no register notice saying so";
        }

        if (Latest(notices, RegisterNoticeKind.District) is { DistrictId: int district } && district != child.RegisteredDistrictId)
        {
            yield return $"registered in district {child.RegisteredDistrictId}, the register says {district}";
        }
    }
}
