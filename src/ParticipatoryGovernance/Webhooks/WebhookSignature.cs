using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ParticipatoryGovernance.Webhooks;

/// <summary>
/// How deliveries are signed, in the manner of Standard Webhooks and Stripe: the sender computes HMAC-SHA256 with the
/// subscription's secret (its UTF-8 bytes) over <c>{timestamp}.{body}</c>, the timestamp being the Unix seconds of the
/// <see cref="TimestampHeader"/>, and sends it hex-encoded as <c>v1={hex}</c> in <see cref="SignatureHeader"/>. A
/// receiver recomputes it over the raw body, compares in constant time and refuses old timestamps (replays).
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header with the delivery's identifier, the same on every attempt (receivers drop repeats by it).</summary>
    public const string IdHeader = "Webhook-Id";

    /// <summary>The header with the attempt's time, in Unix seconds.</summary>
    public const string TimestampHeader = "Webhook-Timestamp";

    /// <summary>The header with the signature, <c>v1={hex}</c>.</summary>
    public const string SignatureHeader = "Webhook-Signature";

    /// <summary>The prefix of the secrets this library generates.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret: <see cref="SecretPrefix"/> and 32 random bytes, base64url.</summary>
    /// <returns>The secret.</returns>
    public static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The signature header's value for a body sent at a time.</summary>
    /// <param name="secret">The subscription's secret.</param>
    /// <param name="timestamp">The Unix seconds sent in <see cref="TimestampHeader"/>.</param>
    /// <param name="body">The exact body posted.</param>
    /// <returns><c>v1=</c> and the lower-case hex HMAC-SHA256.</returns>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>Checks a delivery as a receiver does.</summary>
    /// <param name="secret">The subscription's secret.</param>
    /// <param name="timestampHeader">The <see cref="TimestampHeader"/> received.</param>
    /// <param name="signatureHeader">The <see cref="SignatureHeader"/> received; several space-separated signatures are accepted (during a rotation).</param>
    /// <param name="body">The raw body received.</param>
    /// <param name="nowUnixSeconds">The receiver's time, in Unix seconds.</param>
    /// <param name="tolerance">How old (or early) a timestamp may be; five minutes is usual.</param>
    /// <returns><see langword="true"/> when one signature matches and the timestamp is within the tolerance.</returns>
    public static bool Verify(string secret, string? timestampHeader, string? signatureHeader, string body, long nowUnixSeconds, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || Math.Abs(nowUnixSeconds - timestamp) > tolerance.TotalSeconds || string.IsNullOrEmpty(signatureHeader))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }
}
