using System.Security.Cryptography;
using System.Text;
using Hub.Data;

namespace Hub.Audit;

/// <summary>
/// The secret that anchors the access log: every row's hash and the recorded chain head are keyed
/// MACs (HMAC-SHA256) under it, so whoever can write the database but does not hold the key cannot
/// forge a row or a head. It is held apart from the database: <c>Hub:AccessLog:ChainKey</c> (base64,
/// at least 32 bytes) or a file named by <c>Hub:AccessLog:ChainKeyFile</c>, required outside
/// Development. A Development hub generates one into the data folder, like its signing key.
/// </summary>
public sealed class ChainKey
{
    public const string Setting = "Hub:AccessLog:ChainKey";
    public const string FileSetting = "Hub:AccessLog:ChainKeyFile";
    public const string DevelopmentFile = "access-log-chain.key";
    private const int MinimumBytes = 32;
    private readonly byte[] _key;

    public ChainKey(IConfiguration configuration, IHostEnvironment environment, DataFolder folder)
    {
        var text = configuration[Setting] is { Length: > 0 } configured ? configured
            : configuration[FileSetting] is { Length: > 0 } file ? File.ReadAllText(file)
            : environment.IsDevelopment() ? DevelopmentKey(folder.File(DevelopmentFile))
            : throw new InvalidOperationException(
                $"Set {Setting} (base64, at least {MinimumBytes} bytes) or {FileSetting}: the access log's chain key, held apart from the database.");
        _key = Decode(text.Trim());
    }

    /// <summary>The keyed hash of a text, as lower-case hex (64 characters, the width of the hash columns).</summary>
    public string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));

    /// <summary>Compares two MACs in constant time, so a forger learns nothing from how long a refusal takes.</summary>
    public static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static byte[] Decode(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length >= MinimumBytes
            ? bytes[..length]
            : throw new InvalidOperationException($"The access log's chain key ({Setting} or {FileSetting}) must be base64 of at least {MinimumBytes} bytes.");
    }

    private static string DevelopmentKey(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var text = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes));
        File.WriteAllText(path, text + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return text;
    }
}
