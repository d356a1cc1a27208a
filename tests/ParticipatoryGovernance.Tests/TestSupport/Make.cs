using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Tests.TestSupport;

/// <summary>Builders of valid domain objects for tests.</summary>
internal static class Make
{
    public static readonly MunicipalityId Rafsanjan = new(Guid.Parse("00000000-0000-7000-8000-000000000001"));

    public static Neighbourhood Neighbourhood(int number, MunicipalityId? municipality = null) =>
        new(
            NeighbourhoodId.New(),
            municipality ?? Rafsanjan,
            number,
            new LocalizedText($"محله {PersianDigits.Format(number)}", $"Neighbourhood {number}"),
            CommunityAnchor.Mosque(new LocalizedText($"مسجد {PersianDigits.Format(number)}", $"Mosque {number}")));

    public static Resident Resident(NeighbourhoodId neighbourhood, string given, string family, Gender gender, int year, int month, int day) =>
        new(ResidentId.New(), neighbourhood, new PersonName(given, family), gender, PersianDates.FromSolarHijri(year, month, day));

    public static LocalDate Solar(int year, int month, int day) => PersianDates.FromSolarHijri(year, month, day);
}
