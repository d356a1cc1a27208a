using ParticipatoryGovernance.Calendar;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public class IdeaFiguresTest
{
    private const int IdeaCount = 2000;

    // What the generator does with each idea after submitting it.
    private enum Fate
    {
        LeftSubmitted,
        ReviewedByOfficial,
        ReviewedBySupport,
        Accepted,
        Rejected,
        InProgress,
        Implemented,
        ImplementedByResidents,
        Withdrawn,
        ResubmittedAfterRejection,
        Hidden,
        Removed,
    }

    [Fact]
    public void From_GivesTheDashboardFigures_ForTwoThousandIdeasAcrossFiftyNeighbourhoods()
    {
        var generated = Generate(seed: 1403_02_09);

        var figures = IdeaFigures.From(generated.Versions);

        generated.Versions.Should().HaveCountGreaterThan(IdeaCount, "some ideas were resubmitted as a second version");
        figures.Total.Registered.Should().Be(IdeaCount - generated.Removed);
        (figures.Total.Registered + figures.Removed).Should().Be(IdeaCount, "the city registered 2,000 ideas");
        figures.Removed.Should().Be(generated.Removed);
        figures.Hidden.Should().Be(generated.Hidden);
        figures.CarriedOutByResidents.Should().Be(generated.CarriedOutByResidents);
        foreach (var status in IdeaStatuses.All)
        {
            generated.Total.Count(string.Empty, status).Should().BePositive($"the generator must leave some ideas {status}");
            figures.Total.CountOf(status).Should().Be(generated.Total.Count(string.Empty, status), $"ideas {status}");
            figures.CityWide.CountOf(status).Should().Be(generated.CityWide.Count(string.Empty, status), $"city-wide ideas {status}");
        }

        generated.Removed.Should().BePositive();
        generated.Hidden.Should().BePositive();
        generated.CarriedOutByResidents.Should().BePositive();
        figures.Total.AcceptedSoFar.Should().Be(
            generated.Total.Count(string.Empty, IdeaStatus.Accepted) + generated.Total.Count(string.Empty, IdeaStatus.InProgress) + generated.Total.Count(string.Empty, IdeaStatus.Implemented));

        figures.ByNeighbourhood.Should().HaveCount(RafsanjanPreset.NeighbourhoodCount);
        ShouldMatch(figures.ByNeighbourhood, generated.ByNeighbourhood);
        figures.ByField.Keys.Should().BeEquivalentTo(RafsanjanPreset.UrbanFields.Select(f => f.Key));
        ShouldMatch(figures.ByField, generated.ByField);
        ShouldMatch(figures.ByMonth, generated.ByMonth);
        figures.ByMonth.Keys.Should().BeInAscendingOrder();
        figures.ByMonth.Keys.First().Should().Be(new SolarHijriMonth(1400, 10), "ideas were launched in Dey 1400");
        figures.ByMonth.Keys.Last().Should().Be(new SolarHijriMonth(1403, 2));
        figures.ByNeighbourhood.Values.Sum(c => c.Registered).Should().Be(figures.Total.Registered - figures.CityWide.Registered);
    }

    [Fact]
    public void From_CountsAResubmittedIdeaOnce_AsItsLatestVersion_InTheMonthItWasFirstRegistered()
    {
        var version1 = InStatus(IdeaStatus.Rejected, At(1403, 1, 20));
        var version2 = version1.Resubmit(CitizenIdeaId.New(), City(), version1.ProposerId, Draft(North, "sport"), At(1403, 2, 3)).Value;

        var figures = IdeaFigures.From([version1, version2]);

        figures.Total.Should().Be(IdeaCounts.None with { Submitted = 1 });
        figures.ByField.Should().ContainSingle().Which.Key.Should().Be("sport");
        figures.ByMonth.Should().ContainSingle().Which.Key.Should().Be(new SolarHijriMonth(1403, 1));
    }

    [Fact]
    public void From_LeavesRemovedIdeasOutOfEveryCount_ButKeepsHiddenOnes()
    {
        var removed = Submitted(At(1403, 2, 1));
        removed.Remove(Moderator, At(1403, 2, 2), "توهین").ThrowIfFailed();
        var hidden = Submitted(At(1403, 2, 1));
        Hide(hidden, At(1403, 2, 2));

        var figures = IdeaFigures.From([removed, hidden]);

        figures.Removed.Should().Be(1);
        figures.Hidden.Should().Be(1);
        figures.Total.Registered.Should().Be(1);
        figures.ByNeighbourhood[North].Registered.Should().Be(1);
    }

    [Fact]
    public void From_DatesTheMonthByTheCitysClock()
    {
        // 00:30 on 1 Farvardin 1403 in Tehran is 21:00 UTC on 29 Esfand 1402.
        var idea = Submitted(At(1403, 1, 1, 0, 30));

        IdeaFigures.From([idea]).ByMonth.Keys.Should().Equal(new SolarHijriMonth(1403, 1));
    }

    [Fact]
    public void From_GivesEmptyFigures_ForNoIdeas_AndThrowsForNull()
    {
        var figures = IdeaFigures.From([]);

        figures.Total.Should().Be(IdeaCounts.None);
        figures.ByNeighbourhood.Should().BeEmpty();
        figures.ByMonth.Should().BeEmpty();
        FluentActions.Invoking(() => IdeaFigures.From(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => IdeaFigures.From([null!])).Should().Throw<ArgumentNullException>();
    }

    private static void ShouldMatch<TKey>(IReadOnlyDictionary<TKey, IdeaCounts> actual, Tally<TKey> expected)
        where TKey : notnull
    {
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var key in expected.Keys)
        {
            foreach (var status in IdeaStatuses.All)
            {
                actual[key].CountOf(status).Should().Be(expected.Count(key, status), $"ideas {status} for {key}");
            }
        }
    }

    /// <summary>
    /// Registers 2,000 ideas with a fixed seed, spread over 50 neighbourhoods (and some city-wide), the charter's eight
    /// fields and every month from Dey 1400 to Ordibehesht 1403, and drives each to a fate through the aggregate's own
    /// methods. Alongside, it counts what the figures should say from the fates it chose, not from the ideas.
    /// </summary>
    private static Generated Generate(int seed)
    {
        var random = new Random(seed);
        var city = City();
        var neighbourhoods = Enumerable.Range(1, RafsanjanPreset.NeighbourhoodCount).Select(n => Make.Neighbourhood(n).Id).ToArray();
        var fields = RafsanjanPreset.UrbanFields;
        var residents = Enumerable.Range(0, 400).Select(_ => ResidentId.New()).ToArray();
        var months = new List<SolarHijriMonth>();
        for (var month = new SolarHijriMonth(1400, 10); month <= new SolarHijriMonth(1403, 2); month = month.Month == 12 ? new SolarHijriMonth(month.Year + 1, 1) : new SolarHijriMonth(month.Year, month.Month + 1))
        {
            months.Add(month);
        }

        var result = new Generated();
        var fates = Enum.GetValues<Fate>();
        for (var i = 0; i < IdeaCount; i++)
        {
            NeighbourhoodId? neighbourhood = random.Next(25) == 0 ? null : neighbourhoods[i % neighbourhoods.Length];
            var field = fields[random.Next(fields.Count)];
            var month = months[random.Next(months.Count)];
            var submittedAt = At(month.Year, month.Month, 1 + random.Next(28), 8 + random.Next(12), random.Next(60));
            var proposer = residents[random.Next(residents.Length)];
            var idea = CitizenIdea.Submit(CitizenIdeaId.New(), city, proposer, new IdeaDraft($"ایده {i}", "شرح ایده", field, neighbourhood), submittedAt).Value;
            result.Versions.Add(idea);

            var fate = fates[random.Next(fates.Length)];
            var step = submittedAt;
            Instant Next() => step += Duration.FromHours(1 + random.Next(48));
            var status = IdeaStatus.Submitted;
            switch (fate)
            {
                case Fate.LeftSubmitted:
                    break;
                case Fate.ReviewedBySupport:
                    foreach (var endorser in residents.Where(r => r != proposer).Take(Rules.SupportThreshold))
                    {
                        idea.Endorse(endorser, Next(), Rules).ThrowIfFailed();
                    }

                    status = IdeaStatus.UnderReview;
                    break;
                case Fate.Withdrawn:
                    idea.Withdraw(proposer, Next(), "پس گرفتم").ThrowIfFailed();
                    status = IdeaStatus.Withdrawn;
                    break;
                case Fate.Hidden:
                    Hide(idea, Next());
                    result.Hidden++;
                    break;
                case Fate.Removed:
                    Hide(idea, Next());
                    idea.Remove(Moderator, Next(), "توهین").ThrowIfFailed();
                    result.Removed++;
                    continue;
                default:
                    idea.StartReview(Reviewer, Next(), "بررسی").ThrowIfFailed();
                    status = IdeaStatus.UnderReview;
                    if (fate == Fate.ReviewedByOfficial)
                    {
                        break;
                    }

                    if (fate is Fate.Rejected or Fate.ResubmittedAfterRejection)
                    {
                        idea.Reject(Reviewer, Next(), "نه").ThrowIfFailed();
                        status = IdeaStatus.Rejected;
                        if (fate == Fate.ResubmittedAfterRejection)
                        {
                            // The new version moves to another field and neighbourhood: the figures follow the latest version.
                            field = fields[random.Next(fields.Count)];
                            neighbourhood = neighbourhoods[random.Next(neighbourhoods.Length)];
                            idea = idea.Resubmit(CitizenIdeaId.New(), city, proposer, new IdeaDraft($"ایده {i}، نسخهٔ ۲", "شرح تازه", field, neighbourhood), Next()).Value;
                            result.Versions.Add(idea);
                            status = IdeaStatus.Submitted;
                            if (random.Next(2) == 0)
                            {
                                idea.StartReview(Reviewer, Next(), "بررسی دوباره").ThrowIfFailed();
                                status = IdeaStatus.UnderReview;
                            }
                        }

                        break;
                    }

                    idea.Accept(Reviewer, Next(), "آری").ThrowIfFailed();
                    status = IdeaStatus.Accepted;
                    if (fate == Fate.Accepted)
                    {
                        break;
                    }

                    idea.StartImplementation(Reviewer, Next(), "آغاز").ThrowIfFailed();
                    status = IdeaStatus.InProgress;
                    if (fate == Fate.InProgress)
                    {
                        break;
                    }

                    if (fate == Fate.ImplementedByResidents)
                    {
                        idea.RecordImplementer(Reviewer, proposer, Next()).ThrowIfFailed();
                        result.CarriedOutByResidents++;
                    }

                    idea.Implement(Reviewer, Next(), "پایان").ThrowIfFailed();
                    status = IdeaStatus.Implemented;
                    break;
            }

            idea.Status.Should().Be(status, "the generator drove idea {0} to {1}", i, fate);
            result.Total.Add(string.Empty, status);
            if (neighbourhood is { } id)
            {
                result.ByNeighbourhood.Add(id, status);
            }
            else
            {
                result.CityWide.Add(string.Empty, status);
            }

            result.ByField.Add(field.Key, status);
            result.ByMonth.Add(month, status);
        }

        return result;
    }

    private sealed class Generated
    {
        public List<CitizenIdea> Versions { get; } = [];

        public Tally<string> Total { get; } = new();

        public Tally<string> CityWide { get; } = new();

        public Tally<NeighbourhoodId> ByNeighbourhood { get; } = new();

        public Tally<string> ByField { get; } = new();

        public Tally<SolarHijriMonth> ByMonth { get; } = new();

        public int Hidden { get; set; }

        public int Removed { get; set; }

        public int CarriedOutByResidents { get; set; }
    }

    private sealed class Tally<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<(TKey, IdeaStatus), int> _counts = [];
        private readonly HashSet<TKey> _keys = [];

        public IReadOnlyCollection<TKey> Keys => _keys;

        public void Add(TKey key, IdeaStatus status)
        {
            _keys.Add(key);
            _counts[(key, status)] = Count(key, status) + 1;
        }

        public int Count(TKey key, IdeaStatus status) => _counts.GetValueOrDefault((key, status));
    }
}
