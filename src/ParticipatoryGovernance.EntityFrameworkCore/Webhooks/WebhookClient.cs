using System.Net;
using System.Net.Sockets;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>
/// The HTTP client deliveries go through: it connects only to public addresses (each address a name resolves to is
/// checked when connecting, so a name pointed at a private network after the subscription was made is refused too),
/// and never follows redirects. Loopback is reached only when <see cref="WebhookSettings.AllowLoopback"/> is set.
/// </summary>
/// <remarks>A singleton: it pools connections. Disposing it closes them.</remarks>
public sealed class WebhookClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates the client.</summary>
    /// <param name="settings">Whether loopback is allowed; the defaults when <see langword="null"/>.</param>
    public WebhookClient(WebhookSettings? settings = null)
    {
        var allowLoopback = settings?.AllowLoopback ?? false;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = IPAddress.TryParse(context.DnsEndPoint.Host.Trim('[', ']'), out var literal)
                    ? [literal]
                    : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => WebhookTargets.IsPublic(a) || (allowLoopback && WebhookTargets.IsLoopback(a))).ToList();
                if (allowed.Count == 0 || allowed.Count != addresses.Length)
                {
                    throw new HttpRequestException($"The webhook host {context.DnsEndPoint.Host} resolves to a private, loopback or reserved address; it is not contacted.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("ParticipatoryGovernance-Webhooks/1.0");
    }

    /// <summary>Posts one request and returns the answer's status.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels it (the dispatcher's time-out included).</param>
    /// <returns>The HTTP status code.</returns>
    internal async Task<int> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return (int)response.StatusCode;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
