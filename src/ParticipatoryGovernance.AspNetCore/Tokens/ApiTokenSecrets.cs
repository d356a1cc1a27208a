using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ParticipatoryGovernance.AspNetCore.Tokens;

/// <summary>
/// Makes and hashes token secrets: 32 random bytes, base64url, after the prefix <c>pgt_</c> (so that a leaked token is
/// recognisable); stored as the SHA-256 of the secret, so that the store never holds a usable token.
/// </summary>
public static class ApiTokenSecrets
{
    /// <summary>The prefix of every secret.</summary>
    public const string Prefix = "pgt_";

    /// <summary>The longest text the bearer handler hashes; anything longer is not a token.</summary>
    public const int MaxLength = 128;

    /// <summary>A new secret and its hash: show the secret once, store the hash.</summary>
    /// <returns>The secret and its hash.</returns>
    public static (string Secret, string Hash) Create()
    {
        var secret = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (secret, Hash(secret));
    }

    /// <summary>The hash a secret is stored and looked up by: SHA-256, lowercase hexadecimal.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns>64 hexadecimal digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }
}
