using System.Security.Claims;
using Hub.Records;

namespace Hub.Identity;

/// <summary>The caller of the current request, resolved from the token's claims against the unit directory.</summary>
public sealed class CallerContext(UnitDirectory units, IHttpContextAccessor http)
{
    private Caller? _caller;

    /// <summary>The caller; only reachable behind the hub's authorization policy, which resolved it already.</summary>
    public Caller Current => _caller ?? throw new InvalidOperationException("The request has no resolved caller.");

    /// <summary>Resolves the caller, or returns null when the token does not describe a known unit, agency and role.</summary>
    public async ValueTask<Caller?> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_caller is not null)
        {
            return _caller;
        }

        var person = HubClaims.OnlyValue(user, HubClaims.Subject);
        var name = HubClaims.OnlyValue(user, HubClaims.Name);
        var unitCode = HubClaims.OnlyValue(user, HubClaims.Unit);
        if (!HubClaims.IsPresent(person) || !HubClaims.IsPresent(name) || string.IsNullOrEmpty(unitCode)
            || !HubClaims.TryParseExact<Agency>(HubClaims.OnlyValue(user, HubClaims.Agency), out var agency)
            || !HubClaims.TryParseExact<Role>(HubClaims.OnlyValue(user, HubClaims.Role), out var role)
            || !HubClaims.RoleFitsAgency(role, agency))
        {
            return null;
        }

        var unit = await units.FindAsync(unitCode, cancellationToken);
        if (unit is null || unit.Agency != agency)
        {
            return null;
        }

        _caller = new Caller(person!, name!, agency, role, unit.Id, unit.Code, unit.Kind, unit.Authority, unit.DistrictId);
        return _caller;
    }

    /// <summary>Resolves the caller of the current HTTP request.</summary>
    public ValueTask<Caller?> ResolveCurrentAsync(CancellationToken cancellationToken) =>
        http.HttpContext is { } context ? ResolveAsync(context.User, cancellationToken) : ValueTask.FromResult<Caller?>(null);
}
