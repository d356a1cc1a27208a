using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Tests.DependencyInjection;

public class ServiceCollectionExtensionsTest
{
    [Fact]
    public void AddParticipatoryGovernance_RegistersRafsanjansCharterAndTheSystemClock_ByDefault()
    {
        using var provider = new ServiceCollection().AddParticipatoryGovernance().BuildServiceProvider(validateScopes: true);

        provider.GetRequiredService<GovernanceCharter>().Should().BeSameAs(RafsanjanPreset.Charter);
        provider.GetRequiredService<IClock>().Should().BeOfType<SystemClock>();
        provider.GetRequiredService<CityClock>().TimeZone.Id.Should().Be("Asia/Tehran");
    }

    [Fact]
    public void AddParticipatoryGovernance_UsesTheConfiguredClockAndCharter()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 19, 20, 31));
        var charter = RafsanjanPreset.Charter with { CouncilSeats = 9 };

        using var provider = new ServiceCollection()
            .AddParticipatoryGovernance(o => { o.Clock = clock; o.Charter = charter; })
            .BuildServiceProvider();

        provider.GetRequiredService<GovernanceCharter>().CouncilSeats.Should().Be(9);
        provider.GetRequiredService<ParticipatoryGovernance.Residents.ActiveCitizenAssessor>().Rules.Should().BeSameAs(charter.ActiveCitizens);
        var cityClock = provider.GetRequiredService<CityClock>();
        cityClock.Today.Should().Be(PersianDates.FromSolarHijri(1403, 1, 1), "20:31 UTC on 19 March 2024 is past midnight in Tehran");
        cityClock.LocalNow.Offset.Should().Be(Offset.FromHoursAndMinutes(3, 30));
    }

    [Fact]
    public void AddParticipatoryGovernance_KeepsAnApplicationsOwnRegistrations()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 1, 1, 0, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);

        using var provider = services.AddParticipatoryGovernance().BuildServiceProvider();

        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
    }

    [Fact]
    public void AddParticipatoryGovernance_IsIdempotent()
    {
        var services = new ServiceCollection().AddParticipatoryGovernance().AddParticipatoryGovernance();

        services.Count(d => d.ServiceType == typeof(GovernanceCharter)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(CityClock)).Should().Be(1);
    }

    [Fact]
    public void AddParticipatoryGovernance_Throws_AtStartUp_WhenTheOptionsAreInvalid()
    {
        var act = () => new ServiceCollection().AddParticipatoryGovernance(o =>
        {
            o.Charter = RafsanjanPreset.Charter with { CouncilSeats = 0 };
            o.TimeZone = null!;
        });

        act.Should().Throw<RuleViolationException>()
            .Which.Violations.Select(v => v.Rule).Should().BeEquivalentTo("charter.CouncilSeats", "options.TimeZone");
    }
}
