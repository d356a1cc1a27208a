using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Workload.Tests;

public class DeterminismTest
{
    private static readonly CityProfile Small = CityProfile.Rafsanjan.Scaled(0.2);

    [Fact]
    public async Task GenerateAsync_GivesTheSameCity_ForTheSameSeed()
    {
        var first = await CityGenerator.GenerateInMemoryAsync(Small, seed: 42);
        var second = await CityGenerator.GenerateInMemoryAsync(Small, seed: 42);

        Fingerprint(second).Should().Equal(Fingerprint(first));
    }

    [Fact]
    public async Task GenerateAsync_GivesDifferentPeopleAndIds_ForAnotherSeed()
    {
        var first = await CityGenerator.GenerateInMemoryAsync(Small, seed: 42);
        var other = await CityGenerator.GenerateInMemoryAsync(Small, seed: 43);

        other.Municipality!.Id.Should().NotBe(first.Municipality!.Id);
        other.Residents.Select(r => r.Id).Should().NotIntersectWith(first.Residents.Select(r => r.Id));
        var names = first.Residents.Select(r => r.Name.ToString()).ToList();
        var otherNames = other.Residents.Select(r => r.Name.ToString()).ToList();
        names.Zip(otherNames).Count(pair => pair.First == pair.Second).Should().BeLessThan(names.Count / 10, "another seed names other people");
        other.Ideas.Select(i => i.Title).Should().NotEqual(first.Ideas.Select(i => i.Title));
        other.Residents.Should().HaveCount(first.Residents.Count, "the profile, not the seed, sets the counts");
        other.Ideas.Count(i => i.Version == 1).Should().Be(first.Ideas.Count(i => i.Version == 1));
    }

    /// <summary>
    /// Ids and fields of every kind of record, in the order written. The identifiers the model assigns inside an
    /// aggregate (memberships, applications, sessions, youth mayors) are not reproducible and are left out; what they
    /// point at is compared instead.
    /// </summary>
    private static List<string> Fingerprint(InMemoryCityWriter city)
    {
        var lines = new List<string> { $"municipality {city.Municipality!.Id} {city.Municipality.Name}" };
        lines.AddRange(city.Neighbourhoods.Select(n => $"neighbourhood {n.Id} {n.Number} {n.Anchor.Name} {n.Mayor}"));
        lines.AddRange(city.Residents.Select(r => $"resident {r.Id} {r.Name} {r.Gender} {r.DiscloseBirthDate()} {r.IsActiveCitizen} {r.NeighbourhoodId}"));
        lines.AddRange(city.Meetings.Select(m =>
            $"meeting {m.Id} {m.StartsAt} {m.Status} {string.Join(",", m.Attendees.Select(a => a.ResidentId))} {string.Join(",", m.Agenda.Select(i => $"{i.Title}:{i.Decision?.Outcome}:{string.Join("/", i.Votes.Select(v => $"{v.ResidentId}={v.Choice}"))}"))}"));
        lines.AddRange(city.Councils.Select(c =>
            $"council {c.Id} {c.Kind} {c.NeighbourhoodId} {string.Join(",", c.Memberships.Select(m => $"{m.ResidentId}:{m.Role}:{m.StartedOn}:{m.EndedOn}"))}"));
        var campaign = city.Campaign!;
        lines.Add($"campaign {campaign.Id} {string.Join(",", campaign.Stages.Select(s => $"{s.Stage}@{s.StartedOn}"))}");
        lines.AddRange(campaign.Applications.Select(a => $"application {a.ResidentId} {a.AppliedOn} {a.ShortlistedOn} {a.GuardianConsent?.GuardianName}"));
        lines.AddRange(campaign.InterviewSessions.Select(s => $"session {s.NeighbourhoodId} {s.HeldOn} {s.Interviews.Count} {string.Join(",", s.Interviews.Select(i => i.Score))}"));
        lines.AddRange(campaign.YouthMayors.Select(m => $"mayor {m.ResidentId} {m.Gender} {m.ChosenOn} {string.Join(",", m.Team.Members.Select(t => $"{t.ResidentId}:{t.UrbanFieldKey}:{t.JoinedOn}"))}"));
        lines.AddRange(city.Ideas.Select(i =>
            $"idea {i.Id} {i.Version} {i.Title} {i.FieldKey} {i.NeighbourhoodId} {i.ProposerId} {i.SubmittedAt} {i.Status} {i.Visibility} {i.EstimatedCost} "
            + $"{string.Join(",", i.Endorsements.Select(e => $"{e.ResidentId}@{e.At}"))} {string.Join(",", i.Transitions.Select(t => $"{t.To}@{t.At}"))} "
            + $"{string.Join(",", i.Milestones.Select(m => $"{m.ProgressPercent}@{m.ReachedOn}"))} {string.Join(",", i.Implementers.Select(m => m.ResidentId))} {i.Reports.Count}"));
        return lines;
    }
}
