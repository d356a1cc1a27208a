using System.Security.Cryptography;
using System.Text;

namespace RazorDemo.Channels;

/// <summary>
/// The secret a gateway sends with every callback, in the <c>X-Gateway-Secret</c> header (or, for aggregators that
/// cannot set headers, a <c>secret</c> query parameter). Without a configured secret every callback is refused.
/// </summary>
/// <param name="value">The configured secret, or null when none is set.</param>
public sealed class GatewaySecret(string? value)
{
    /// <summary>The header that carries the secret.</summary>
    public const string Header = "X-Gateway-Secret";

    private readonly byte[]? _expected = string.IsNullOrEmpty(value) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(value));

    /// <summary>Whether the callbacks are open at all (a secret is configured).</summary>
    public bool IsConfigured => _expected is not null;

    /// <summary>Whether the request carries the secret; compared in constant time.</summary>
    public bool Accepts(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_expected is null)
        {
            return false;
        }

        string? given = request.Headers[Header];
        if (string.IsNullOrEmpty(given))
        {
            given = request.Query["secret"];
        }

        return !string.IsNullOrEmpty(given) && given.Length <= 512
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _expected);
    }
}
