using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace RazorDemo.Data;

/// <summary>
/// A city-wide participatory budgeting round on Rafsanjan's accepted ideas that carry a cost estimate, open now (its
/// window is set from the city's today), with ballots already cast by a few hundred generated residents so that the
/// two rules have something to decide; the demo's residents can add theirs.
/// </summary>
public static class DemoBudgetingRound
{
    /// <summary>How many generated residents have voted before the demo starts.</summary>
    public const int SeededBallots = 400;

    public static async Task PrepareAsync(IServiceProvider services, TextWriter log)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        if (await context.Set<BudgetingRound>().AnyAsync())
        {
            return;
        }

        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        var today = PersianDates.TodayInCity(clock);
        var municipality = await context.Set<Municipality>().AsNoTracking().SingleAsync();
        var neighbourhoods = await context.Set<ParticipatoryGovernance.Neighbourhoods.Neighbourhood>().AsNoTracking().Select(n => n.Id).ToListAsync();
        var ideas = await context.Set<CitizenIdea>().AsNoTracking()
            .Where(i => i.Status == IdeaStatus.Accepted && i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null && i.EstimatedCost != null)
            .OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id)
            .ToListAsync();
        if (ideas.Count == 0)
        {
            return;
        }

        var projects = ideas.Select(i => (Idea: i, Cost: i.EstimatedCost!.Value)).ToList();

        // A third of what every project together would cost: enough to fund several, not all, so the rules differ.
        var total = projects.Sum(p => p.Cost.Amount);
        var budget = new Rials(total / 3 / 1_000_000 * 1_000_000);
        var year = PersianDates.ToSolarHijri(today).Year;
        var opened = BudgetingRound.Open(
            BudgetingRoundId.New(),
            municipality.Id,
            neighbourhoods,
            null,
            // The title in both languages, «Persian / English»; pages show the reader's half (Texts.Half), so a
            // Persian page shows no English word and no Latin digit.
            $"بودجه‌ریزی مشارکتی {PersianDigits.Format(year)} / Participatory budget {year}",
            budget,
            today.PlusDays(-10),
            today.PlusDays(20),
            municipality.Charter,
            projects);
        if (opened.IsFailure)
        {
            await log.WriteLineAsync($"The demo's budgeting round was not opened: {opened}");
            return;
        }

        var round = opened.Value;
        var rules = municipality.Charter.Budgeting;
        var adults = await context.Set<Resident>().AsNoTracking().OrderBy(r => r.Id).Take(SeededBallots * 3).ToListAsync();
        var voters = adults.Where(r => r.AgeOn(round.VotingOpensOn) >= rules.MinimumVoterAge).Take(SeededBallots).ToList();

        context.Add(round);
        await context.SaveChangesAsync();

        // Voters favour ideas of their own neighbourhood, as real ballots do; a fixed seed gives every machine the same
        // round. The ballots are rows of their own (ADR 0031): checked by the round, stored in one batch.
        var random = new Random(DemoDatabase.Seed);
        var casting = new BallotCasting(clock.GetCurrentInstant(), today, BallotChannel.Paper, "demo-seed");
        var ballots = new List<BudgetingRoundBallot>();
        foreach (var voter in voters)
        {
            var own = ideas.Where(i => i.NeighbourhoodId == voter.NeighbourhoodId).Select(i => i.Id).ToList();
            var count = random.Next(rules.MinimumProjectsPerBallot, rules.MaximumProjectsPerBallot + 1);
            var chosen = new HashSet<CitizenIdeaId>(own.OrderBy(_ => random.Next()).Take(count / 2 + 1));
            while (chosen.Count < count)
            {
                chosen.Add(ideas[random.Next(ideas.Count)].Id);
            }

            ballots.Add(round.CheckBallot(voter, chosen, casting).Value);
        }

        var store = scope.ServiceProvider.GetRequiredService<IBudgetingBallots>();
        (await store.StoreAllAsync(ballots)).ThrowIfFailed();
        await log.WriteLineAsync($"Opened a participatory budgeting round on {projects.Count} accepted ideas with {ballots.Count} ballots.");
    }
}

/// <summary>
/// Runs the library's <see cref="BudgetingOutcomeWorker"/> for the demo's lifetime, so that budgeting outcomes are
/// computed in the background after ballots change and the page only reads them (ADR 0031).
/// </summary>
public sealed class BudgetingOutcomeService(BudgetingOutcomeWorker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
