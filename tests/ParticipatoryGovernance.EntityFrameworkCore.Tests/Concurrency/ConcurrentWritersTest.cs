using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Concurrency;

/// <summary>Many writers on one aggregate: the aggregate's rules hold exactly in what is stored.</summary>
[Collection(DatabaseTests.Name)]
public class ConcurrentWritersTest(DatabaseFixture fixture)
{
    private const int Writers = 200;

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_StoresExactlyOneLaunch_When200WritersLaunchTheSamePhaseAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        await using (var db = database.CreateContext())
        {
            db.Add(city);
            await db.SaveChangesAsync();
        }

        // Every writer loads version 1 before any of them saves, so all but one must lose the first race.
        var loaded = 0;
        var allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = 0;
        // Every writer on its own, as writers in different processes are: this process does not queue them.
        var options = ConcurrencyRetryOptions.Default with { MaxAttempts = 5, QueueChangesInProcess = false };
        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            var firstAttempt = true;
            return await db.ChangeWithRetryCoreAsync<Municipality>(
                new MunicipalityByIdSpec(city.Id),
                async (municipality, cancellationToken) =>
                {
                    Interlocked.Increment(ref attempts);
                    if (firstAttempt)
                    {
                        firstAttempt = false;
                        if (Interlocked.Increment(ref loaded) == Writers)
                        {
                            allLoaded.SetResult();
                        }

                        await allLoaded.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
                    }

                    return municipality.LaunchPhase(ProgrammePhase.CitizenIdeas, new LocalDate(2021, 12, 22).PlusDays(writer));
                },
                options,
                CancellationToken.None);
        })));

        results.Count(r => r.IsSuccess).Should().Be(1);
        var refusals = results.Where(r => r.IsFailure).SelectMany(r => r.Violations).ToList();
        refusals.Should().HaveCount(Writers - 1);
        refusals.Should().OnlyContain(v => v.Rule == "municipality.phase-already-launched" || v.Rule == PersistenceRules.ConcurrencyConflict);
        refusals.Should().Contain(v => v.Rule == "municipality.phase-already-launched", "losers reload and meet the rule");
        attempts.Should().BeGreaterThan(Writers, "the losers of the first race must have retried");

        await using var check = database.CreateContext();
        var stored = await check.Municipalities.SingleAsync();
        stored.PhaseLaunches.Should().ContainSingle();
        check.VersionOf(stored).Should().Be(2);
        var events = await check.DomainEvents.ToListAsync();
        events.Should().ContainSingle().Which.AggregateVersion.Should().Be(2);
        events[0].ToDomainEvent().Should().BeOfType<Municipalities.Events.PhaseLaunched>()
            .Which.Launch.Should().Be(stored.PhaseLaunches[0]);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SaveChanges_ThrowsConcurrencyConflict_WhenAnotherWriterSavedFirst(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        await using (var db = database.CreateContext())
        {
            db.Add(city);
            await db.SaveChangesAsync();
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Municipalities.SingleAsync();
        var theirs = await second.Municipalities.SingleAsync();
        theirs.Rename(new LocalizedText("نام تازه", "New name"));
        await second.SaveChangesAsync();
        mine.AdoptCharter(RafsanjanPreset.Charter with { CouncilSeats = 9 }).ThrowIfFailed();

        var save = () => first.SaveChangesAsync();

        var conflict = (await save.Should().ThrowAsync<ConcurrencyConflictException>()).Which;
        conflict.EntityTypes.Should().Equal(nameof(Municipality));
        conflict.IsDuplicateKey.Should().BeFalse();
        conflict.InnerException.Should().BeOfType<DbUpdateConcurrencyException>();
        mine.DomainEvents.Should().ContainSingle("the charter change was not stored, so its event stays raised");
        await using var check = database.CreateContext();
        (await check.Municipalities.SingleAsync()).Charter.CouncilSeats.Should().Be(7);
        (await check.Set<StoredDomainEvent>().CountAsync()).Should().Be(0, "a rename raises no event, and the conflicting charter change was not stored");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_ReturnsTheRefusalOrNotFound_AndStoresNothing(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = Build.Municipality();
        await using (var db = database.CreateContext())
        {
            db.Add(city);
            await db.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        var refused = await context.ChangeWithRetryAsync(new MunicipalityByIdSpec(city.Id), m => m.LaunchPhase(ProgrammePhase.NeighbourhoodCouncils, new LocalDate(2024, 1, 1)));
        var missing = await context.ChangeWithRetryAsync(new MunicipalityByIdSpec(MunicipalityId.New()), m => m.LaunchPhase(ProgrammePhase.CitizenIdeas, new LocalDate(2024, 1, 1)));

        refused.Violations.Should().ContainSingle().Which.Rule.Should().Be("municipality.councils-need-neighbourhood-centred-management");
        var notFound = missing.Violations.Should().ContainSingle().Which;
        notFound.Rule.Should().Be(PersistenceRules.NotFound);
        notFound.Message.English.Should().Be("The municipality was not found; it may have been removed.");
        notFound.Message.Persian.Should().Contain("شهرداری");
        (await context.DomainEvents.CountAsync()).Should().Be(0);
        context.VersionOf(await context.Municipalities.SingleAsync()).Should().Be(1);
    }

    [SkippableFact]
    public async Task ChangeWithRetry_ReturnsAConflict_WhenEveryAttemptLosesTheRace()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        var city = Build.Municipality();
        await using (var db = database.CreateContext())
        {
            db.Add(city);
            await db.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        var names = 0;
        var result = await context.ChangeWithRetryCoreAsync<Municipality>(
            new MunicipalityByIdSpec(city.Id),
            async (municipality, cancellationToken) =>
            {
                // Another writer gets in between every load and save.
                await using (var other = database.CreateContext())
                {
                    (await other.Municipalities.SingleAsync(cancellationToken)).Rename(new LocalizedText("دیگر", $"Other {++names}"));
                    await other.SaveChangesAsync(cancellationToken);
                }

                municipality.Rename(new LocalizedText("من", "Mine"));
                return Result.Success();
            },
            // A held aggregate would keep the other writer out (it would wait for this one's lock); this test is about
            // a writer slipping in between load and save on every attempt, so attempts do not hold it here.
            ConcurrencyRetryOptions.Default with { MaxAttempts = 3, LockAfterConflict = false },
            CancellationToken.None);

        var conflict = result.Violations.Should().ContainSingle().Which;
        conflict.Rule.Should().Be(PersistenceRules.ConcurrencyConflict);
        conflict.Message.English.Should().Be("Others changed this municipality at the same time, and your change was not saved after 3 attempts; load it again and retry.");
        conflict.Message.Persian.Should().Contain("۳");
        await using var check = database.CreateContext();
        (await check.Municipalities.SingleAsync()).Name.English.Should().Be("Other 3");
    }

    [Fact]
    public async Task ChangeWithRetry_Throws_WhenTheContextHoldsUnsavedChanges()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        await using var context = database.CreateContext();
        context.Add(Build.Municipality());

        var change = () => context.ChangeWithRetryAsync(new MunicipalityByIdSpec(MunicipalityId.New()), _ => Result.Success());

        await change.Should().ThrowAsync<InvalidOperationException>().WithMessage("*unsaved changes*");
    }
}
