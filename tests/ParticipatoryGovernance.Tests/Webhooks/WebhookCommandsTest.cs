using System.Net;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.UseCases;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.Webhooks;
using ParticipatoryGovernance.Webhooks.UseCases;

namespace ParticipatoryGovernance.Tests.Webhooks;

/// <summary>The webhook subscription commands: addresses refused as an attacker would type them (SSRF), event types, pause, resume, rotate, delete.</summary>
public sealed class WebhookCommandsTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000c3"));
    private readonly FakeClock _clock = new(Instant.FromUtc(2024, 5, 1, 8, 0));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly InMemoryWebhookStore _webhooks = new();
    private readonly Municipality _city = Municipality.Create(Make.Rafsanjan, RafsanjanPreset.Name, RafsanjanPreset.Charter).Value;

    public WebhookCommandsTest() => _store.With(_city, RafsanjanPreset.CreateMunicipality(Other));

    private Task<ParticipatoryGovernance.Common.Result<WebhookSecret>> Create(string? url, bool allowLoopback = false, params string[] types) =>
        new CreateWebhookSubscriptionHandler(_store, _webhooks, _clock, new WebhookSettings { AllowLoopback = allowLoopback, MaxSubscriptionsPerCity = 3 })
            .HandleAsync(new CreateWebhookSubscription(_city.Id, url, types));

    [Theory]
    [InlineData(null, WebhookRuleIds.UrlInvalid)]
    [InlineData("", WebhookRuleIds.UrlInvalid)]
    [InlineData("hooks.example.org/in", WebhookRuleIds.UrlInvalid)]
    [InlineData("ftp://hooks.example.org/in", WebhookRuleIds.UrlInvalid)]
    [InlineData("file:///etc/passwd", WebhookRuleIds.UrlInvalid)]
    [InlineData("javascript:alert(1)", WebhookRuleIds.UrlInvalid)]
    [InlineData("https://user:pass@hooks.example.org/in", WebhookRuleIds.UrlInvalid)]
    [InlineData("https://hooks.example.org/in\r\nX-Injected: 1", WebhookRuleIds.UrlInvalid)]
    [InlineData("http://hooks.example.org/in", WebhookRuleIds.UrlNotHttps)]
    [InlineData("http://127.0.0.1:8080/in", WebhookRuleIds.UrlNotHttps)]
    [InlineData("https://127.0.0.1/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://localhost/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://api.localhost/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://2130706433/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://0x7f000001/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://[::1]/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://[::ffff:10.0.0.1]/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://10.1.2.3/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://172.16.0.9/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://192.168.1.1/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://169.254.169.254/latest/meta-data", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://100.64.0.1/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://0.0.0.0/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://[fe80::1]/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://[fd00::1]/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://intranet/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://printer.local/in", WebhookRuleIds.UrlPrivate)]
    [InlineData("https://db.internal/in", WebhookRuleIds.UrlPrivate)]
    public async Task Hostile_addresses_are_refused_with_a_reason_in_both_languages(string? url, string rule)
    {
        var result = await Create(url);

        result.IsFailure.Should().BeTrue();
        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(rule);
        violation.Field.Should().Be("Url");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        violation.Message.English.Should().NotBeNullOrWhiteSpace();
        _webhooks.Saved.Should().BeEmpty();
    }

    [Fact]
    public async Task A_very_long_address_is_refused()
    {
        var result = await Create("https://hooks.example.org/" + new string('a', 3000));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.UrlInvalid);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5001/hooks")]
    [InlineData("http://localhost:5001/hooks")]
    [InlineData("http://[::1]:5001/hooks")]
    public async Task Loopback_http_is_accepted_only_when_the_host_allows_it(string url)
    {
        (await Create(url)).IsFailure.Should().BeTrue();
        (await Create(url, allowLoopback: true)).IsSuccess.Should().BeTrue();
        (await Create("http://10.0.0.1/hooks", allowLoopback: true)).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.UrlNotHttps, "only loopback gets plain http");
    }

    [Fact]
    public async Task A_subscription_is_stored_with_a_new_secret_shown_once_and_its_event_types()
    {
        var result = await Create("https://hooks.example.org/in", false, "MeetingScheduled", "IdeaSubmitted", "MeetingScheduled");

        result.Value.Secret.Should().StartWith(WebhookSignature.SecretPrefix).And.HaveLength(WebhookSignature.SecretPrefix.Length + 43);
        var stored = _webhooks.Saved.Should().ContainSingle().Subject;
        stored.Id.Should().Be(result.Value.Subscription);
        stored.Municipality.Should().Be(_city.Id);
        stored.EventTypes.Should().Equal("IdeaSubmitted", "MeetingScheduled");
        stored.IsActive.Should().BeTrue();
        stored.CreatedAt.Should().Be(_clock.GetCurrentInstant());
        stored.Wants("IdeaSubmitted").Should().BeTrue();
        stored.Wants("CommentPosted").Should().BeFalse();
        (await Create("https://hooks.example.org/other")).Value.Secret.Should().NotBe(result.Value.Secret);
    }

    [Theory]
    [InlineData("NoSuchEvent")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("ParticipatoryGovernance.Meetings.Events.MeetingScheduled")]
    [InlineData("")]
    public async Task Unknown_event_types_are_refused(string type)
    {
        var result = await Create("https://hooks.example.org/in", false, type);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.UnknownEventType);
    }

    [Fact]
    public async Task Too_many_event_types_and_too_many_subscriptions_are_refused()
    {
        (await Create("https://hooks.example.org/in", false, [.. Enumerable.Repeat("MeetingScheduled", 500)])).Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.TooMany);
        for (var i = 0; i < 3; i++)
        {
            (await Create($"https://hooks.example.org/{i}")).IsSuccess.Should().BeTrue();
        }

        (await Create("https://hooks.example.org/4")).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.TooMany);
    }

    [Fact]
    public async Task An_unknown_city_is_refused()
    {
        var result = await new CreateWebhookSubscriptionHandler(_store, _webhooks, _clock).HandleAsync(
            new CreateWebhookSubscription(new MunicipalityId(Guid.NewGuid()), "https://hooks.example.org/in", null));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
    }

    [Fact]
    public async Task Pause_resume_rotate_and_delete_act_on_the_citys_own_subscription_and_refuse_with_reasons()
    {
        var created = (await Create("https://hooks.example.org/in")).Value;
        var id = created.Subscription;

        (await new PauseWebhookSubscriptionHandler(_webhooks).HandleAsync(new(Other, id))).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.NotFound, "another city's");
        (await new PauseWebhookSubscriptionHandler(_webhooks).HandleAsync(new(_city.Id, id))).IsSuccess.Should().BeTrue();
        _webhooks.Saved.Single().IsActive.Should().BeFalse();
        (await new PauseWebhookSubscriptionHandler(_webhooks).HandleAsync(new(_city.Id, id))).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.AlreadyPaused);

        await _webhooks.SaveAsync(_webhooks.Saved.Single() with { ConsecutiveFailures = 5, PausedReason = new("دلیل", "reason") });
        (await new ResumeWebhookSubscriptionHandler(_webhooks).HandleAsync(new(_city.Id, id))).IsSuccess.Should().BeTrue();
        _webhooks.Saved.Single().Should().Match<WebhookSubscription>(s => s.IsActive && s.ConsecutiveFailures == 0 && s.PausedReason == null);
        (await new ResumeWebhookSubscriptionHandler(_webhooks).HandleAsync(new(_city.Id, id))).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.AlreadyActive);

        var rotated = await new RotateWebhookSecretHandler(_webhooks).HandleAsync(new(_city.Id, id));
        rotated.Value.Secret.Should().NotBe(created.Secret);
        _webhooks.Saved.Single().Secret.Should().Be(rotated.Value.Secret);
        (await new RotateWebhookSecretHandler(_webhooks).HandleAsync(new(Other, id))).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.NotFound);

        (await new DeleteWebhookSubscriptionHandler(_webhooks).HandleAsync(new(Other, id))).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.NotFound);
        (await new DeleteWebhookSubscriptionHandler(_webhooks).HandleAsync(new(_city.Id, id))).IsSuccess.Should().BeTrue();
        _webhooks.Saved.Should().BeEmpty();
        (await new DeleteWebhookSubscriptionHandler(_webhooks).HandleAsync(new(_city.Id, id))).Violations.Should().ContainSingle().Which.Rule.Should().Be(WebhookRuleIds.NotFound);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::ffff:192.168.0.1", false)]
    [InlineData("fc00::1", false)]
    [InlineData("224.0.0.1", false)]
    public void Resolved_addresses_are_checked_when_connecting(string address, bool isPublic) =>
        WebhookTargets.IsPublic(IPAddress.Parse(address)).Should().Be(isPublic);

    [Fact]
    public void The_signature_is_HMAC_SHA256_over_timestamp_dot_body_in_hex()
    {
        // The scheme a receiver in any language recomputes: HMAC-SHA256(secret, "{timestamp}.{body}"), lower-case hex, after "v1=".
        WebhookSignature.Sign("whsec_test", 1714550400, "{\"a\":1}").Should().Be("v1=" + Convert.ToHexStringLower(
            System.Security.Cryptography.HMACSHA256.HashData("whsec_test"u8, "1714550400.{\"a\":1}"u8)));
        var header = WebhookSignature.Sign("whsec_test", 1714550400, "{}");
        WebhookSignature.Verify("whsec_test", "1714550400", "v1=bad " + header, "{}", 1714550460, TimeSpan.FromMinutes(5)).Should().BeTrue("one of several signatures matches");
        WebhookSignature.Verify("whsec_test", "1714550400", header, "{}", 1714551400, TimeSpan.FromMinutes(5)).Should().BeFalse("too old");
        WebhookSignature.Verify("whsec_test", "-1", header, "{}", 1714550400, TimeSpan.FromMinutes(5)).Should().BeFalse();
        WebhookSignature.Verify("whsec_test", "1714550400", null, "{}", 1714550400, TimeSpan.FromMinutes(5)).Should().BeFalse();
    }

    [Fact]
    public void Every_event_type_of_the_model_can_be_chosen() =>
        WebhookEventTypes.All.Should().Contain(["MeetingScheduled", "IdeaSubmitted", "CommentPosted", "BudgetingRoundOpened"]).And.OnlyHaveUniqueItems();
}

/// <summary>The webhook port's test double: subscriptions in a list.</summary>
internal sealed class InMemoryWebhookStore : IWebhookStore
{
    public List<WebhookSubscription> Saved { get; } = [];

    public Task<IReadOnlyList<WebhookSubscription>> SubscriptionsAsync(MunicipalityId municipality, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WebhookSubscription>>([.. Saved.Where(s => s.Municipality == municipality)]);

    public Task<WebhookSubscription?> SubscriptionAsync(MunicipalityId municipality, Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Saved.FirstOrDefault(s => s.Municipality == municipality && s.Id == id));

    public Task SaveAsync(WebhookSubscription subscription, CancellationToken cancellationToken = default)
    {
        Saved.RemoveAll(s => s.Id == subscription.Id);
        Saved.Add(subscription);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(MunicipalityId municipality, Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Saved.RemoveAll(s => s.Municipality == municipality && s.Id == id) > 0);
}
