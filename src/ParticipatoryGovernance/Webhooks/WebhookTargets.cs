using System.Net;
using System.Net.Sockets;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Webhooks;

/// <summary>
/// Which addresses a webhook may be posted to: https to a public host; never this machine, a private network, a
/// link-local, multicast or reserved address (server-side request forgery), unless the host allows loopback http for
/// tests. The check at creation sees the address as typed; the dispatcher checks again each address a name resolves
/// to, when it connects (<see cref="IsPublic"/>), so a name that later points inside is refused too.
/// </summary>
public static class WebhookTargets
{
    /// <summary>The longest address accepted.</summary>
    public const int MaxUrlLength = 2000;

    /// <summary>Checks an address a person typed.</summary>
    /// <param name="url">The address.</param>
    /// <param name="allowLoopback">Whether http to this machine is allowed (<see cref="WebhookSettings.AllowLoopback"/>).</param>
    /// <param name="target">The parsed address when it is accepted.</param>
    /// <returns>The refusal, or <see langword="null"/> when the address is accepted.</returns>
    public static RuleViolation? Check(string? url, bool allowLoopback, out Uri? target)
    {
        target = null;
        var text = url?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxUrlLength || text.Any(char.IsControl)
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || !string.IsNullOrEmpty(uri.Fragment)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            return RuleViolation.Of(
                WebhookRuleIds.UrlInvalid,
                $"نشانی وب‌هوک باید نشانی کامل https باشد (بی نام کاربری و گذرواژه، حداکثر {PersianDigits.Format(MaxUrlLength)} نویسه)، مانند https://example.org/hooks.",
                $"The webhook address must be a full https address (no user name or password, at most {MaxUrlLength} characters), such as https://example.org/hooks.").AtField("Url");
        }

        var loopback = IsLoopbackHost(uri);
        if (uri.Scheme == Uri.UriSchemeHttp && !(loopback && allowLoopback))
        {
            return RuleViolation.Of(
                WebhookRuleIds.UrlNotHttps,
                "نشانی وب‌هوک باید با https آغاز شود تا رویدادها رمزگذاری‌شده فرستاده شوند.",
                "The webhook address must start with https, so that events travel encrypted.").AtField("Url");
        }

        if (loopback ? !allowLoopback : IsInternalHost(uri))
        {
            return RuleViolation.Of(
                WebhookRuleIds.UrlPrivate,
                "نشانی وب‌هوک به این کارساز، شبکهٔ خصوصی یا نشانی محلی اشاره می‌کند؛ نشانی عمومی بدهید.",
                "The webhook address points at this server, a private network or a link-local address; give a public address.").AtField("Url");
        }

        target = uri;
        return null;
    }

    /// <summary>Whether an address is one a webhook may reach: not loopback, private, link-local, shared, multicast or reserved.</summary>
    /// <param name="address">The address a host name resolved to.</param>
    /// <returns><see langword="true"/> for a public unicast address.</returns>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] < 128)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 192 && b[1] == 0 && b[2] == 2)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC
                || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8));
        }

        return false;
    }

    /// <summary>Whether an address is this machine's loopback (which only a host allowing loopback may reach).</summary>
    /// <param name="address">The address.</param>
    /// <returns><see langword="true"/> for 127.0.0.0/8 and ::1.</returns>
    public static bool IsLoopback(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    private static bool IsLoopbackHost(Uri uri) =>
        uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && IsLoopback(ip)
            : IsLocalName(uri.IdnHost);

    private static bool IsInternalHost(Uri uri)
    {
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return !IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) || !IsPublic(ip);
        }

        // A name: one without a dot is an intranet name; "localhost" and the reserved internal suffixes never leave the machine or network.
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        return uri.HostNameType != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal) || IsLocalName(host)
            || host.EndsWith(".local", StringComparison.Ordinal) || host.EndsWith(".internal", StringComparison.Ordinal)
            || host.EndsWith(".lan", StringComparison.Ordinal) || host.EndsWith(".home.arpa", StringComparison.Ordinal);
    }

    private static bool IsLocalName(string host)
    {
        host = host.TrimEnd('.').ToLowerInvariant();
        return host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal);
    }
}
