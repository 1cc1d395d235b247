using System.Security.Claims;
using Hub.Records;

namespace Hub.Identity;

/// <summary>
/// The caller of the current request, resolved from the token's claims: a member of staff against
/// the unit directory (<see cref="Current"/>), or a family member (<see cref="Family"/>); never both.
/// </summary>
public sealed class CallerContext(UnitDirectory units, IHttpContextAccessor http)
{
    private Caller? _caller;
    private FamilyMember? _family;

    /// <summary>The family member of the request, when the token is a family token; null for staff.</summary>
    public FamilyMember? Family => _family;

    /// <summary>
    /// Resolves the request's identity, staff or family: false when the token describes neither
    /// consistently (a family role with an agency or unit, a missing or malformed identity number).
    /// </summary>
    public async ValueTask<bool> ResolveAnyAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_family is not null)
        {
            return true;
        }

        if (HubClaims.TryParseExact<Role>(HubClaims.OnlyValue(user, HubClaims.Role), out var role) && FamilyMember.IsFamilyRole(role))
        {
            _family = ResolveFamily(user, role);
            return _family is not null;
        }

        return await ResolveAsync(user, cancellationToken) is not null;
    }

    private static FamilyMember? ResolveFamily(ClaimsPrincipal user, Role role)
    {
        var person = HubClaims.OnlyValue(user, HubClaims.Subject);
        var name = HubClaims.OnlyValue(user, HubClaims.Name);
        var number = HubClaims.OnlyValue(user, HubClaims.PersonalIdentityNumber);
        // A family member speaks for no agency or unit: a token that claims one as well is inconsistent.
        var staffClaims = user.HasClaim(c => c.Type is HubClaims.Agency or HubClaims.Unit);
        return !HubClaims.IsPresent(person) || !HubClaims.IsPresent(name) || staffClaims
            || number is not { Length: 12 } || !PersonalIdentityNumber.IsValid(number) || !number.All(char.IsAsciiDigit)
            ? null
            : new FamilyMember(person!, name!, role, number);
    }

    /// <summary>The caller; only reachable behind the hub's authorization policy, which resolved it already.</summary>
    public Caller Current => _caller ?? throw new InvalidOperationException("The request has no resolved caller.");

    /// <summary>Why the caller was refused although its token is sound (a purpose it may not declare); null otherwise.</summary>
    public string? PurposeRefusal { get; private set; }

    /// <summary>
    /// Resolves the caller, or returns null when the token does not describe a known unit, agency and
    /// role, or the request declared a purpose the role may not (<see cref="PurposeRefusal"/> says why).
    /// </summary>
    public async ValueTask<Caller?> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_caller is not null)
        {
            return _caller;
        }

        if (_family is not null)
        {
            return null;
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

        if (!TryDeclared(user, out var declared))
        {
            PurposeRefusal = $"Declare one purpose only ({DeclaredPurposes.Header}).";
            return null;
        }

        var (purpose, refusal) = DeclaredPurposes.Resolve(role, declared);
        if (refusal is not null)
        {
            PurposeRefusal = refusal;
            return null;
        }

        _caller = new Caller(person!, name!, agency, role, unit.Id, unit.Code, unit.Kind, unit.Authority, unit.DistrictId, purpose);
        return _caller;
    }

    /// <summary>
    /// The purpose the request declared: for the current HTTP request's own user, its header; for a
    /// socket's user, what its <c>connection_init</c> said (the claim only the hub sets: a token's own
    /// is dropped there, and never read over HTTP). False when more than one is declared.
    /// </summary>
    private bool TryDeclared(ClaimsPrincipal user, out string? declared)
    {
        var values = http.HttpContext is { } context && ReferenceEquals(context.User, user) && !context.WebSockets.IsWebSocketRequest
            ? context.Request.Headers[DeclaredPurposes.Header].Where(v => v is not null).Select(v => v!.Trim()).ToList()
            : user.FindAll(HubClaims.DeclaredPurpose).Select(c => c.Value).ToList();
        declared = values.FirstOrDefault();
        return values.Count <= 1;
    }

    /// <summary>Resolves the caller of the current HTTP request.</summary>
    public ValueTask<Caller?> ResolveCurrentAsync(CancellationToken cancellationToken) =>
        http.HttpContext is { } context ? ResolveAsync(context.User, cancellationToken) : ValueTask.FromResult<Caller?>(null);
}
