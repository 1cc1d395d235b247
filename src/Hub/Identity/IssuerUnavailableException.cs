namespace Hub.Identity;

/// <summary>The token issuer's metadata or signing keys could not be fetched, so a token could not be checked.</summary>
public sealed class IssuerUnavailableException(Exception cause)
    : Exception("The token issuer cannot be reached to check the token.", cause);
