using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit.Security;
using MimeKit;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>
/// The email sender against a real SMTP server: aiosmtpd (Debian's python3-aiosmtpd, installed by .ci/run), started by
/// the test on a free port of 127.0.0.1, keeping what it receives in a maildir that the test reads back. Without the
/// package the test skips, except under CI=true, where it fails.
/// </summary>
public sealed class SmtpNotificationSenderTest
{
    private const string Python = "/usr/bin/python3";

    [SkippableFact]
    public async Task Send_DeliversToTheRecipient_WithSubjectBodyLanguageAndKey_InPersianAndEnglish()
    {
        var missing = AiosmtpdMissing();
        if (missing is not null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(missing + " CI=true: the SMTP test must run in CI.");
        }

        Skip.If(missing is not null, missing);
        var maildir = Path.Combine(Path.GetTempPath(), $"pg-smtp-{Guid.NewGuid():N}");
        var port = FreePort();
        using var server = Process.Start(new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        try
        {
            await WaitForPortAsync(port, server);
            var sender = new SmtpNotificationSender(new SmtpNotificationOptions
            {
                Host = "127.0.0.1",
                Port = port,
                Security = SecureSocketOptions.None,
                From = "notifications@rafsanjan.test",
                FromName = "شهرداری رفسنجان",
            });
            var resident = new ResidentId(Guid.CreateVersion7());
            await sender.SendAsync(new NotificationMessage("notification-17", resident, NotificationChannel.Email, "zahra@example.test", "fa",
                "پاسخ رسمی به ایدهٔ «سایه‌بان ایستگاه»", "ایده پذیرفته‌شده شد (۹ اردیبهشت ۱۴۰۳)."));
            await sender.SendAsync(new NotificationMessage("notification-18", resident, NotificationChannel.Email, "ali@example.test", "en",
                "Official answer to the idea “Bus shelter”", "The idea was accepted (9 Ordibehesht 1403)."));

            var messages = Directory.GetFiles(Path.Combine(maildir, "new")).Select(f => MimeMessage.Load(f)).OrderBy(m => m.MessageId, StringComparer.Ordinal).ToList();
            messages.Should().HaveCount(2);
            var persian = messages[0];
            persian.To.Mailboxes.Select(m => m.Address).Should().Equal("zahra@example.test");
            persian.Headers["X-RcptTo"].Should().Be("zahra@example.test", "the server received it for that recipient");
            persian.From.Mailboxes.Single().Address.Should().Be("notifications@rafsanjan.test");
            persian.From.Mailboxes.Single().Name.Should().Be("شهرداری رفسنجان");
            persian.Subject.Should().Be("پاسخ رسمی به ایدهٔ «سایه‌بان ایستگاه»");
            (persian.TextBody ?? string.Empty).Trim().Should().Be("ایده پذیرفته‌شده شد (۹ اردیبهشت ۱۴۰۳).");
            persian.Body!.Headers[HeaderId.ContentLanguage].Should().Be("fa");
            persian.MessageId.Should().Be("notification-17@rafsanjan.test", "a resend after a stopped dispatcher is the same message");
            var english = messages[1];
            english.To.Mailboxes.Select(m => m.Address).Should().Equal("ali@example.test");
            english.Subject.Should().Be("Official answer to the idea “Bus shelter”");
            (english.TextBody ?? string.Empty).Trim().Should().Be("The idea was accepted (9 Ordibehesht 1403).");
            english.Body!.Headers[HeaderId.ContentLanguage].Should().Be("en");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            if (Directory.Exists(maildir))
            {
                Directory.Delete(maildir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Send_Throws_WhenNoServerListens_SoTheDispatcherRetries()
    {
        var sender = new SmtpNotificationSender(new SmtpNotificationOptions { Host = "127.0.0.1", Port = FreePort(), Security = SecureSocketOptions.None, From = "n@city.test", Timeout = TimeSpan.FromSeconds(5) });
        var send = () => sender.SendAsync(new NotificationMessage("notification-1", new ResidentId(Guid.CreateVersion7()), NotificationChannel.Email, "a@example.test", "fa", "موضوع", "متن"));
        await send.Should().ThrowAsync<SocketException>();
    }

    private static string? AiosmtpdMissing()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is not installed (Debian package python3-aiosmtpd).";
        }

        using var probe = Process.Start(new ProcessStartInfo(Python) { ArgumentList = { "-c", "import aiosmtpd" }, RedirectStandardError = true, UseShellExecute = false })!;
        probe.WaitForExit();
        return probe.ExitCode == 0 ? null : "The aiosmtpd module is not installed (Debian package python3-aiosmtpd).";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process server)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException("aiosmtpd stopped: " + await server.StandardError.ReadToEndAsync());
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {port} within 20 seconds.");
    }
}
