using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using ParticipatoryGovernance.Notifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>Where and how the <see cref="SmtpNotificationSender"/> sends email.</summary>
public sealed class SmtpNotificationOptions
{
    /// <summary>The SMTP server's host name. Required.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>The port. Default 587 (submission).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured: <see cref="SecureSocketOptions.StartTls"/> (default), <see cref="SecureSocketOptions.SslOnConnect"/>, or <see cref="SecureSocketOptions.None"/> for a server on the same machine.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>The sender's address, such as <c>notifications@city.example</c>. Required.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>The sender's name shown to residents. Default «شهرداری» (municipality).</summary>
    public string FromName { get; set; } = "شهرداری";

    /// <summary>The user name to sign in with; none when null.</summary>
    public string? UserName { get; set; }

    /// <summary>The password to sign in with.</summary>
    public string? Password { get; set; }

    /// <summary>The connection and command timeout. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Sends notifications by email with MailKit: plain text, UTF-8, in the resident's language (<c>Content-Language</c>
/// set), with the notification's key as the Message-ID so that a message sent twice after a stopped dispatcher is the
/// same message to mail software.
/// </summary>
/// <remarks>Opens one connection per message; thread-safe.</remarks>
public sealed class SmtpNotificationSender : INotificationSender
{
    private readonly SmtpNotificationOptions _options;

    /// <summary>Creates the sender.</summary>
    /// <param name="options">The server and the sender's address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The host or the sender's address is missing, or the port is out of range.</exception>
    public SmtpNotificationSender(SmtpNotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Host, nameof(options.Host));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.From, nameof(options.From));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 1, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options.Port));
        _options = options;
    }

    /// <inheritdoc />
    public NotificationChannel Channel => NotificationChannel.Email;

    /// <inheritdoc />
    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = ToMime(message);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(_options.Host, _options.Port, _options.Security, cancellationToken);
        if (_options.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, _options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private MimeMessage ToMime(NotificationMessage message)
    {
        var text = new TextPart("plain") { Text = message.Body };
        text.Headers.Add(HeaderId.ContentLanguage, message.Language);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.Key + "@" + _options.From[(_options.From.IndexOf('@', StringComparison.Ordinal) + 1)..],
            Body = text,
        };
        mime.From.Add(new MailboxAddress(_options.FromName, _options.From));
        mime.To.Add(MailboxAddress.Parse(message.Address));
        return mime;
    }
}
