using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ParticipatoryGovernance.Diagnostics;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Diagnostics;

/// <summary>The site's traces and metrics, caught by OpenTelemetry's in-memory exporter added to the demo's own registration.</summary>
[Collection(DemoCollection.Name)]
public sealed class DemoTelemetryTest(DemoFactory factory)
{
    [Fact]
    public async Task SubmittingAnIdea_GivesTheRequestSpan_WithTheCommandsSpanInside_AndCountsTheCommand()
    {
        var spans = new Exported<Activity>();
        var metrics = new Exported<MetricSnapshot>();
        await using var observed = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))));
        var client = observed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, "resident1@demo.rafsanjan");
        var home = await DemoRecords.HomeCityAsync(factory);

        // The submission carries a trace of its own, so the spans of other tests' requests in this process are told apart.
        var trace = ActivityTraceId.CreateRandom();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var form = await HtmlPage.GetAsync(client, "/Ideas/Submit");
        var response = await HtmlPage.SubmitAsync(client, form, "#submit-form", new Dictionary<string, string>
        {
            ["Title"] = "ایدهٔ ردیابی " + Guid.NewGuid().ToString("N")[..8],
            ["Description"] = "چراغ‌های پارک شب‌ها خاموش است.",
            ["Field"] = "traffic",
            ["Neighbourhood"] = string.Empty,
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var request = await SpanAsync(spans, a => a.TraceId == trace && a.Kind == ActivityKind.Server && Equals(a.GetTagItem("http.request.method"), "POST"));
        var command = await SpanAsync(spans, a => a.TraceId == trace && a.OperationName == "SubmitIdea");
        command.Source.Name.Should().Be(GovernanceTelemetry.SourceName);
        AncestorsOf(command, spans).Should().Contain(request.SpanId, "the command runs inside the request");
        request.GetTagItem("url.path").Should().Be("/Ideas/Submit");
        command.GetTagItem(GovernanceTelemetry.Tags.Outcome).Should().Be(GovernanceTelemetry.Tags.Succeeded);
        command.GetTagItem(GovernanceTelemetry.Tags.Municipality).Should().Be(home.Value.ToString());

        observed.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000).Should().BeTrue();
        var submitted = Snapshot(metrics, GovernanceTelemetry.Instruments.Commands).MetricPoints
            .Where(p => Tag(p, GovernanceTelemetry.Tags.Command) is "SubmitIdea" && Tag(p, GovernanceTelemetry.Tags.Outcome) is "succeeded")
            .Sum(p => p.GetSumLong());
        submitted.Should().BeGreaterThanOrEqualTo(1);
        Snapshot(metrics, GovernanceTelemetry.Instruments.CommandDuration).Unit.Should().Be("s");
    }

    [Fact]
    public void TheOtlpEndpoint_IsNoneUnlessConfigured_AndARelativeOrOtherSchemeAddressIsRefusedAtStartUp()
    {
        static Uri? Of(params (string Key, string Value)[] settings) => Hosting.DemoTelemetry.OtlpEndpoint(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

        Of().Should().BeNull("nothing is exported unless asked");
        Of(("OpenTelemetry:Endpoint", "  ")).Should().BeNull();
        Of(("OpenTelemetry:Endpoint", "http://collector:4317")).Should().Be(new Uri("http://collector:4317"));
        Of(("OTEL_EXPORTER_OTLP_ENDPOINT", "https://otlp.example:4318"), ("OpenTelemetry:Endpoint", "http://ignored:4317")).Should().Be(new Uri("https://otlp.example:4318"));
        var relative = () => Of(("OpenTelemetry:Endpoint", "collector:4317/x"));
        var file = () => Of(("OpenTelemetry:Endpoint", "file:///etc/passwd"));
        relative.Should().Throw<InvalidOperationException>().WithMessage("*OTLP endpoint*");
        file.Should().Throw<InvalidOperationException>();
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = DemoAccounts.Password;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"signing in as {email} must succeed");
    }

    /// <summary>The span once exported: the server span ends just after the response reaches the test client.</summary>
    private static async Task<Activity> SpanAsync(Exported<Activity> spans, Func<Activity, bool> match)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            Activity[] now;
            lock (spans)
            {
                now = [.. spans];
            }

            if (now.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("The span was not exported within 10 s.");
    }

    private static List<ActivitySpanId> AncestorsOf(Activity span, Exported<Activity> spans)
    {
        Activity[] all;
        lock (spans)
        {
            all = [.. spans];
        }

        var ancestors = new List<ActivitySpanId>();
        for (var parent = span.ParentSpanId; parent != default; parent = all.FirstOrDefault(a => a.SpanId == parent)?.ParentSpanId ?? default)
        {
            ancestors.Add(parent);
        }

        return ancestors;
    }

    private static MetricSnapshot Snapshot(Exported<MetricSnapshot> metrics, string name)
    {
        lock (metrics)
        {
            return metrics.Last(m => m.Name == name);
        }
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }

    /// <summary>What an exporter adds from the threads that end spans, read by the test under the same lock.</summary>
    private sealed class Exported<T> : System.Collections.ObjectModel.Collection<T>
    {
        protected override void InsertItem(int index, T item)
        {
            lock (this)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
