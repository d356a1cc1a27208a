using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Channels;

/// <summary>The phone directory, ideas' numbers and sessions in both databases, shared by two "nodes" (service providers).</summary>
[Collection(DatabaseTests.Name)]
public class ChannelStoresTest(DatabaseFixture fixture)
{
    private readonly FakeClock _clock = new(BudgetingServices.VotingDay);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ThePhoneDirectory_FindsSetsMovesAndRemovesNumbers(Provider provider)
    {
        fixture.SkipUnlessAvailable(provider);
        var database = await fixture.CreateDatabaseAsync(provider);
        await using var node = Node(database);
        var city = MunicipalityId.New();
        var first = ResidentId.New();
        var second = ResidentId.New();

        await node.InScopeAsync<IPhoneDirectory, bool>(async d =>
        {
            await d.SetAsync(new PhoneResident("+989121234567", city, first));
            await d.SetAsync(new PhoneResident("+989121234567", city, second, "en"));
            await d.SetAsync(new PhoneResident("+989351112233", city, first));
            return true;
        });

        (await node.InScopeAsync<IPhoneDirectory, PhoneResident?>(d => d.FindAsync("+989121234567"))).Should().Be(new PhoneResident("+989121234567", city, second, "en"));
        (await node.InScopeAsync<IPhoneDirectory, PhoneResident?>(d => d.FindAsync("+989351112233")))!.Resident.Should().Be(first);
        (await node.InScopeAsync<IPhoneDirectory, PhoneResident?>(d => d.FindAsync("+98" + new string('9', 40)))).Should().BeNull();
        await node.Invoking(n => n.InScopeAsync<IPhoneDirectory, bool>(async d =>
        {
            await d.SetAsync(new PhoneResident("09121234567", city, first));
            return true;
        })).Should().ThrowAsync<ArgumentException>();
        await node.InScopeAsync<IPhoneDirectory, bool>(async d =>
        {
            await d.RemoveAsync("+989121234567");
            return true;
        });
        (await node.InScopeAsync<IPhoneDirectory, PhoneResident?>(d => d.FindAsync("+989121234567"))).Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task IdeasNumbers_AreOnePerIdea_CountedPerCity_EvenWhenAskedForAtOnceOnTwoNodes(Provider provider)
    {
        fixture.SkipUnlessAvailable(provider);
        var database = await fixture.CreateDatabaseAsync(provider);
        await using var one = Node(database);
        await using var two = Node(database);
        var city = MunicipalityId.New();
        var other = MunicipalityId.New();
        var ideas = Enumerable.Range(0, 20).Select(_ => CitizenIdeaId.New()).ToList();

        var numbers = await Task.WhenAll(ideas.SelectMany(idea => new[] { one, two }.Select(node =>
            Task.Run(() => node.InScopeAsync<IIdeaNumbers, int>(n => n.NumberOfAsync(city, idea))))));
        var elsewhere = await one.InScopeAsync<IIdeaNumbers, int>(n => n.NumberOfAsync(other, CitizenIdeaId.New()));

        numbers.Chunk(2).Should().OnlyContain(pair => pair[0] == pair[1], "both nodes give an idea the same number");
        numbers.Distinct().Order().Should().Equal(Enumerable.Range(1, 20));
        elsewhere.Should().Be(1);
        foreach (var (idea, i) in ideas.Select((idea, i) => (idea, i)))
        {
            var number = numbers[i * 2];
            (await two.InScopeAsync<IIdeaNumbers, CitizenIdeaId?>(n => n.IdeaOfAsync(city, number))).Should().Be(idea);
        }

        (await two.InScopeAsync<IIdeaNumbers, CitizenIdeaId?>(n => n.IdeaOfAsync(other, 2))).Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ASessionSavedOnOneNode_IsFoundOnTheOther_UntilItExpires(Provider provider)
    {
        fixture.SkipUnlessAvailable(provider);
        var database = await fixture.CreateDatabaseAsync(provider);
        await using var one = Node(database);
        await using var two = Node(database);
        var now = _clock.GetCurrentInstant();
        var session = new ChannelSession
        {
            Key = "ussd:abc",
            PhoneNumber = "+989121234567",
            Language = "en",
            Screen = ChannelScreen.Ballot,
            Page = 3,
            NextPage = 6,
            Round = Guid.NewGuid(),
            Chosen = [1, 4],
            Idea = 45,
            LastSeen = now,
        };

        await one.InScopeAsync<IChannelSessionStore, bool>(async s =>
        {
            await s.SaveAsync(session, now + Duration.FromMinutes(3));
            return true;
        });
        var found = await two.InScopeAsync<IChannelSessionStore, ChannelSession?>(s => s.FindAsync("ussd:abc"));
        session.Chosen.Add(2);
        await two.InScopeAsync<IChannelSessionStore, bool>(async s =>
        {
            await s.SaveAsync(session, now + Duration.FromMinutes(3));
            return true;
        });
        var changed = await one.InScopeAsync<IChannelSessionStore, ChannelSession?>(s => s.FindAsync("ussd:abc"));
        _clock.Advance(Duration.FromMinutes(4));
        var expired = await one.InScopeAsync<IChannelSessionStore, ChannelSession?>(s => s.FindAsync("ussd:abc"));

        found.Should().BeEquivalentTo(session, o => o.Excluding(s => s.Chosen));
        found!.Chosen.Should().Equal(1, 4);
        changed!.Chosen.Should().Equal(1, 4, 2);
        expired.Should().BeNull();
        await one.InScopeAsync<IChannelSessionStore, bool>(async s =>
        {
            await s.RemoveAsync("ussd:abc");
            return true;
        });
    }

    private ServiceProvider Node(TestDatabase database) =>
        BudgetingServices.Build(database, _clock, s => s.AddParticipatoryGovernanceChannels());
}
