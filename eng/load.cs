#:property NoWarn=$(NoWarn);CA1303;CA1852;CA2007;CA1307;CA1305;CA1310;CA1849;CA5394;CA2000;CA1031;CA1062;CA1515;CA1812
#:property PublishAot=false

// A mixed workload through the balancer (issue #18, items 6 and 7): anonymous readers on /, /Ideas, /Ideas/{id} and
// /Budgeting, and signed-in load residents (Demo:LoadAccounts, load1..loadN@demo.rafsanjan) endorsing ideas and casting
// or changing their budgeting ballot through the site's own forms (antiforgery tokens, cookies, redirects). Every write
// the site ACKNOWLEDGED (the success redirect) is written to the acknowledgements file, and every write whose outcome the
// driver could not learn (no answer, 5xx) too, so that eng/load-check.sh can verify afterwards that each acknowledged
// write is in the database. Prints requests per second, p50/p99 per kind and the errors by status; --out writes the
// same report to a file.
//
//   dotnet run eng/load.cs -- --url http://127.0.0.1:8080 --duration 60 --readers 24 --writers 16 --acks /tmp/acks.tsv --out report.txt
//
// Options: --url (default http://127.0.0.1:8080), --duration seconds (60), --readers (24), --writers (16; writer i signs
// in as load{i}), --first-account (1), --acks file (acks.tsv), --out file (none), --label text (a title for the report),
// --think milliseconds between a virtual user's requests (0).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

var options = Options.Parse(args);
var baseAddress = new Uri(options.Get("url", "http://127.0.0.1:8080").TrimEnd('/') + "/");
var duration = TimeSpan.FromSeconds(double.Parse(options.Get("duration", "60"), CultureInfo.InvariantCulture));
var readers = int.Parse(options.Get("readers", "24"), CultureInfo.InvariantCulture);
var writers = int.Parse(options.Get("writers", "16"), CultureInfo.InvariantCulture);
var firstAccount = int.Parse(options.Get("first-account", "1"), CultureInfo.InvariantCulture);
var think = TimeSpan.FromMilliseconds(int.Parse(options.Get("think", "0"), CultureInfo.InvariantCulture));
var acksPath = options.Get("acks", "acks.tsv");
var outPath = options.GetOrNull("out");
var label = options.Get("label", "load run");
const string password = "Demo-1403!";

var stats = new Stats();
using var acks = new AckLog(acksPath);

// The ideas a reader may open and a resident may endorse: the open ones (submitted, under review, accepted), read once.
using var setupClient = Client.Create(baseAddress, cookies: false);
var ideaIds = new List<string>();
foreach (var status in new[] { "Submitted", "UnderReview", "Accepted" })
{
    for (var page = 1; page <= 15; page++)
    {
        var html = await setupClient.GetStringAsync($"Ideas?status={status}&p={page}");
        var found = Html.IdeaIds(html).ToList();
        ideaIds.AddRange(found);
        if (found.Count == 0)
        {
            break;
        }
    }
}

ideaIds = [.. ideaIds.Distinct()];
if (ideaIds.Count == 0)
{
    Console.Error.WriteLine("No open ideas on /Ideas: is the site up and the city generated?");
    return 1;
}

var load = await File.ReadAllTextAsync("/proc/loadavg").ContinueWith(t => t.IsCompletedSuccessfully ? string.Join(' ', t.Result.Split(' ').Take(3)) : "unknown");
var header = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"# {label}")
    .AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores; load average at start {load}")
    .AppendLine(CultureInfo.InvariantCulture, $"command: dotnet run eng/load.cs -- {string.Join(' ', args)}")
    .AppendLine(CultureInfo.InvariantCulture, $"target {baseAddress}; {duration.TotalSeconds:0} s; {readers} anonymous readers, {writers} signed-in residents (load{firstAccount}..load{firstAccount + writers - 1}); {ideaIds.Count} open ideas")
    .ToString();
Console.Write(header);

var deadline = Stopwatch.StartNew();
var tasks = new List<Task>();
for (var i = 0; i < readers; i++)
{
    var seed = i;
    tasks.Add(Task.Run(() => ReaderAsync(seed)));
}

for (var i = 0; i < writers; i++)
{
    var account = firstAccount + i;
    tasks.Add(Task.Run(() => WriterAsync(account)));
}

// A line every ten seconds, so that a fault drill's log shows when the site slowed or failed.
using var progress = new CancellationTokenSource();
var ticker = Task.Run(async () =>
{
    var last = 0L;
    while (!progress.IsCancellationRequested)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), progress.Token);
        }
        catch (OperationCanceledException)
        {
            break;
        }

        var now = stats.Total;
        Console.WriteLine($"  t={deadline.Elapsed.TotalSeconds,4:0}s  {(now - last) / 10.0,7:0.0} req/s  errors so far {stats.ErrorCount}  acknowledged writes {acks.Acknowledged}");
        last = now;
    }
});

await Task.WhenAll(tasks);
var elapsed = deadline.Elapsed;
await progress.CancelAsync();
await ticker;
var endLoad = await File.ReadAllTextAsync("/proc/loadavg").ContinueWith(t => t.IsCompletedSuccessfully ? string.Join(' ', t.Result.Split(' ').Take(3)) : "unknown");
var report = header + stats.Report(elapsed, acks, endLoad);
Console.Write(stats.Report(elapsed, acks, endLoad));
if (outPath is not null)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
    await File.WriteAllTextAsync(outPath, report);
}

return 0;

async Task ReaderAsync(int seed)
{
    var random = new Random(seed * 7919 + 17);
    using var client = Client.Create(baseAddress, cookies: false);
    while (deadline.Elapsed < duration)
    {
        var pick = random.Next(100);
        var (kind, path) = pick switch
        {
            < 30 => ("GET /", ""),
            < 55 => ("GET /Ideas", "Ideas"),
            < 85 => ("GET /Ideas/{id}", "Ideas/" + ideaIds[random.Next(ideaIds.Count)]),
            _ => ("GET /Budgeting", "Budgeting"),
        };
        // After a failure a reader waits a moment, as a person would before reloading: otherwise the balancer's instant
        // 503s while every node is out would count as thousands of requests per second.
        if (await stats.TimeAsync(kind, () => client.GetAsync(path), r => r.StatusCode == HttpStatusCode.OK) is null)
        {
            await Task.Delay(250);
        }

        if (think > TimeSpan.Zero)
        {
            await Task.Delay(think);
        }
    }
}

async Task WriterAsync(int account)
{
    var email = $"load{account}@demo.rafsanjan";
    var random = new Random(account * 104729 + 3);
    using var client = Client.Create(baseAddress, cookies: true);
    var signedIn = false;
    var order = ideaIds.OrderBy(_ => random.Next()).ToList();
    var next = 0;
    var ballots = 0;
    while (deadline.Elapsed < duration)
    {
        try
        {
            if (!signedIn)
            {
                signedIn = await SignInAsync(client, email);
                if (!signedIn)
                {
                    await Task.Delay(500);
                    continue;
                }
            }

            if (random.Next(2) == 0 && next < order.Count)
            {
                signedIn = await EndorseAsync(client, email, order[next++]);
            }
            else
            {
                signedIn = await VoteAsync(client, email, random, ++ballots);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Counted by the timing; the next round signs in again if the cookie was lost with the node.
            await Task.Delay(250);
        }

        if (think > TimeSpan.Zero)
        {
            await Task.Delay(think);
        }
    }
}

async Task<bool> SignInAsync(HttpClient client, string email)
{
    var form = await stats.TimeAsync("GET /Account/Login", () => client.GetAsync("Account/Login"), r => r.StatusCode == HttpStatusCode.OK);
    if (form is null || Html.Token(form.Body) is not { } token)
    {
        return false;
    }

    var response = await stats.TimeAsync("POST sign-in", () => client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Email"] = email,
        ["Password"] = password,
        ["ReturnUrl"] = "/",
        ["__RequestVerificationToken"] = token,
    })), r => r.StatusCode == HttpStatusCode.Redirect);
    return response?.Status == HttpStatusCode.Redirect;
}

async Task<bool> EndorseAsync(HttpClient client, string email, string idea)
{
    var page = await stats.TimeAsync("GET /Ideas/{id} signed in", () => client.GetAsync("Ideas/" + idea), r => r.StatusCode == HttpStatusCode.OK);
    if (page is null)
    {
        await Task.Delay(250);
        return true;
    }

    if (Html.SignInForm(page.Body))
    {
        return false;
    }

    // No endorse form: the resident endorsed it already, proposed it, or it is closed.
    if (Html.FormToken(page.Body, "endorse-form") is not { } token)
    {
        stats.Count("endorse skipped (no form)");
        return true;
    }

    var line = acks.Attempt("endorse", email, idea, "-");
    var posted = await stats.TimeAsync("POST endorse", () => client.PostAsync($"Ideas/{idea}?handler=Endorse", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })),
        r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/Ideas/", StringComparison.OrdinalIgnoreCase) == true);
    return acks.Settle(line, posted, "/Ideas/");
}

async Task<bool> VoteAsync(HttpClient client, string email, Random random, int number)
{
    var page = await stats.TimeAsync("GET /Budgeting signed in", () => client.GetAsync("Budgeting"), r => r.StatusCode == HttpStatusCode.OK);
    if (page is null)
    {
        await Task.Delay(250);
        return true;
    }

    if (Html.Ballot(page.Body) is not { } ballot)
    {
        // The page shows the sign-in link instead of the form: the cookie is not accepted (another node without the keys).
        stats.Count("ballot form missing");
        return !Html.SignInLink(page.Body) || false;
    }

    var chosen = ballot.Choose(random);
    var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", ballot.Token) };
    fields.AddRange(chosen.Fields);
    var line = acks.Attempt("ballot", email, ballot.Round, chosen.Key);
    var posted = await stats.TimeAsync("POST ballot", () => client.PostAsync(ballot.Action.TrimStart('/'), new FormUrlEncodedContent(fields)),
        r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/Budgeting", StringComparison.OrdinalIgnoreCase) == true);
    return acks.Settle(line, posted, "/Budgeting");
}

/// <summary>Command-line options as --name value pairs.</summary>
sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value, found '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new Options(values);
    }

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public string? GetOrNull(string name) => values.GetValueOrDefault(name);
}

static class Client
{
    public static HttpClient Create(Uri baseAddress, bool cookies) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = cookies,
        CookieContainer = new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
}

/// <summary>A response's status, body and headers, read whole.</summary>
sealed record Answer(HttpStatusCode Status, string Body, Uri? Location);

/// <summary>Latencies per kind of request and the failures by status.</summary>
sealed class Stats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private long _total;
    private long _errorCount;

    public long Total => Interlocked.Read(ref _total);

    public long ErrorCount => Interlocked.Read(ref _errorCount);

    public void Count(string what) => _counts.AddOrUpdate(what, 1, (_, n) => n + 1);

    /// <summary>Times one request; returns its answer, or null when it failed (no answer, or not the expected status).</summary>
    public async Task<Answer?> TimeAsync(string kind, Func<Task<HttpResponseMessage>> send, Func<HttpResponseMessage, bool> expected)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            Interlocked.Increment(ref _total);
            _latencies.GetOrAdd(kind, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            var answer = new Answer(response.StatusCode, body, response.Headers.Location);
            if (!expected(response))
            {
                Error(kind, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + (response.StatusCode == HttpStatusCode.OK ? " (refused or form shown again)" : string.Empty));
                return response.StatusCode == HttpStatusCode.OK ? answer with { Status = (HttpStatusCode)299 } : null;
            }

            return answer;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _total);
            Error(kind, e is TaskCanceledException ? "timeout" : "no answer (" + (e.InnerException?.GetType().Name ?? e.GetType().Name) + ")");
            return null;
        }
    }

    private void Error(string kind, string status)
    {
        Interlocked.Increment(ref _errorCount);
        _errors.AddOrUpdate(kind + " -> " + status, 1, (_, n) => n + 1);
    }

    public string Report(TimeSpan elapsed, AckLog acks, string endLoad)
    {
        var text = new StringBuilder();
        var seconds = elapsed.TotalSeconds;
        text.AppendLine(CultureInfo.InvariantCulture, $"ran {seconds:0.0} s; {Total} requests, {Total / seconds:0.0} requests/s; load average at end {endLoad}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-28} {"count",7} {"per s",7} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (kind, bag) in _latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = bag.ToArray();
            Array.Sort(sorted);
            text.AppendLine(CultureInfo.InvariantCulture, $"{kind,-28} {sorted.Length,7} {sorted.Length / seconds,7:0.0} {Percentile(sorted, 0.50),8:0} {Percentile(sorted, 0.99),8:0} {sorted[^1],8:0}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"acknowledged writes: {acks.Acknowledged} ({acks.Acknowledged / seconds:0.0}/s): endorsements {acks.AcknowledgedOf("endorse")} ({acks.AcknowledgedOf("endorse") / seconds:0.0}/s), ballots {acks.AcknowledgedOf("ballot")} ({acks.AcknowledgedOf("ballot") / seconds:0.0}/s); refused {acks.Refused}; outcome unknown {acks.Unknown}");
        text.AppendLine(_errors.IsEmpty ? "errors: none" : "errors by kind and status:");
        foreach (var (what, count) in _errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {what}: {count}");
        }

        foreach (var (what, count) in _counts.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ({what}: {count})");
        }

        return text.ToString();
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>
/// The writes attempted, one tab-separated line each when settled: kind, account, target (idea or round), choice,
/// outcome (ack: the site's success redirect; unknown: no answer or a server error, so it may or may not be stored;
/// refused: the page shown again with a reason), sequence number (per process, in order of the attempt).
/// </summary>
sealed class AckLog : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, int> _acknowledged = new();
    private long _sequence;
    private int _refused;
    private int _unknown;

    public AckLog(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { AutoFlush = true };
    }

    public int Acknowledged => _acknowledged.Values.Sum();

    public int Refused => _refused;

    public int Unknown => _unknown;

    public int AcknowledgedOf(string kind) => _acknowledged.GetValueOrDefault(kind);

    public (string Kind, string Email, string Target, string Choice, long Sequence) Attempt(string kind, string email, string target, string choice) =>
        (kind, email, target, choice, Interlocked.Increment(ref _sequence));

    /// <summary>Records the outcome; returns false when the answer says the account is signed out.</summary>
    public bool Settle((string Kind, string Email, string Target, string Choice, long Sequence) attempt, Answer? answer, string successPath)
    {
        string outcome;
        var signedIn = true;
        if (answer is null)
        {
            outcome = "unknown";
        }
        else if (answer.Status == HttpStatusCode.Redirect && answer.Location?.OriginalString.Contains(successPath, StringComparison.OrdinalIgnoreCase) == true)
        {
            outcome = "ack";
        }
        else if (answer.Status == HttpStatusCode.Redirect)
        {
            // Sent to sign in: nothing was written.
            outcome = "signed-out";
            signedIn = false;
        }
        else if ((int)answer.Status == 299)
        {
            outcome = "refused";
        }
        else
        {
            outcome = "unknown";
        }

        switch (outcome)
        {
            case "ack":
                _acknowledged.AddOrUpdate(attempt.Kind, 1, (_, n) => n + 1);
                break;
            case "refused":
                Interlocked.Increment(ref _refused);
                break;
            case "unknown":
                Interlocked.Increment(ref _unknown);
                break;
        }

        lock (_gate)
        {
            _writer.WriteLine(string.Join('\t', attempt.Kind, attempt.Email, attempt.Target, attempt.Choice, outcome, attempt.Sequence.ToString(CultureInfo.InvariantCulture)));
        }

        return signedIn;
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>What the driver reads from the pages: links, antiforgery tokens, the ballot form.</summary>
static partial class Html
{
    public static IEnumerable<string> IdeaIds(string html) =>
        IdeaLink().Matches(html).Select(m => m.Groups[1].Value);

    public static string? Token(string html) => TokenInput().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The antiforgery token inside the form with this id, or null when the page has no such form.</summary>
    public static string? FormToken(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        return Token(end < 0 ? html[start..] : html[start..end]);
    }

    public static bool SignInForm(string html) => html.Contains("id=\"login-form\"", StringComparison.Ordinal);

    public static bool SignInLink(string html) => html.Contains("href=\"/Account/Login", StringComparison.Ordinal);

    public static BallotForm? Ballot(string html)
    {
        var form = VoteForm().Match(html);
        if (!form.Success)
        {
            return null;
        }

        var end = html.IndexOf("</form>", form.Index, StringComparison.Ordinal);
        var body = end < 0 ? html[form.Index..] : html[form.Index..end];
        if (Token(body) is not { } token)
        {
            return null;
        }

        var action = WebUtility.HtmlDecode(form.Groups[1].Value);
        var round = RoundInAction().Match(action) is { Success: true } r ? r.Groups[1].Value : "-";
        var approvals = ApprovalBox().Matches(body).Select(m => m.Groups[1].Value).Distinct().ToList();
        var points = PointsBox().Matches(body).Select(m => m.Groups[1].Value).Distinct().ToList();
        int Number(string name, int fallback) => Regex.Match(html, $"data-{name}=\"(\\d+)\"") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : fallback;
        return new BallotForm(action, round, token, approvals, points, Number("min", 1), Number("max", 3), 3, Number("max-points", 10));
    }

    [GeneratedRegex("href=\"/Ideas/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"")]
    private static partial Regex IdeaLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<form[^>]*action=\"([^\"]*handler=Vote[^\"]*)\"")]
    private static partial Regex VoteForm();

    [GeneratedRegex("round=([0-9a-f-]{36})")]
    private static partial Regex RoundInAction();

    [GeneratedRegex("name=\"Approved\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex ApprovalBox();

    [GeneratedRegex("name=\"Points\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex PointsBox();
}

/// <summary>The budgeting form: an approval round's boxes or a cumulative round's point fields.</summary>
sealed record BallotForm(string Action, string Round, string Token, List<string> Approvals, List<string> Points, int MinProjects, int MaxProjects, int MaxPoints, int TotalPoints)
{
    /// <summary>A random valid-looking ballot: its form fields and a key (the sorted choices) for the checker.</summary>
    public (List<KeyValuePair<string, string>> Fields, string Key) Choose(Random random)
    {
        if (Approvals.Count > 0)
        {
            var count = random.Next(Math.Max(1, MinProjects), Math.Min(MaxProjects, Approvals.Count) + 1);
            var chosen = Approvals.OrderBy(_ => random.Next()).Take(count).Order(StringComparer.Ordinal).ToList();
            return ([.. chosen.Select(id => new KeyValuePair<string, string>("Approved", id))], string.Join(',', chosen));
        }

        var given = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var left = TotalPoints;
        foreach (var id in Points.OrderBy(_ => random.Next()).Take(Math.Min(MaxProjects, Points.Count)))
        {
            var p = Math.Min(left, random.Next(1, MaxPoints + 1));
            if (p <= 0)
            {
                break;
            }

            given[id] = p;
            left -= p;
        }

        return ([.. given.Select(g => new KeyValuePair<string, string>($"Points[{g.Key}]", g.Value.ToString(CultureInfo.InvariantCulture)))],
            string.Join(',', given.Select(g => g.Key + ":" + g.Value.ToString(CultureInfo.InvariantCulture))));
    }
}
