using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>Builders of valid aggregates for the storage tests.</summary>
internal static class Build
{
    public static Municipality Municipality(string english = "Sample") =>
        ParticipatoryGovernance.Municipalities.Municipality.Create(MunicipalityId.New(), new LocalizedText("شهرداری نمونه", english), RafsanjanPreset.Charter).Value;

    public static Neighbourhood Neighbourhood(MunicipalityId municipality, int number) =>
        new(
            NeighbourhoodId.New(),
            municipality,
            number,
            new LocalizedText($"محله {PersianDigits.Format(number)}", $"Neighbourhood {number}"),
            CommunityAnchor.Mosque(new LocalizedText($"مسجد {PersianDigits.Format(number)}", $"Mosque {number}")));

    public static Resident Resident(NeighbourhoodId neighbourhood, string given, string family, Gender gender, int year, int month, int day) =>
        new(ResidentId.New(), neighbourhood, new PersonName(given, family), gender, PersianDates.FromSolarHijri(year, month, day));

    public static Resident Resident(NeighbourhoodId neighbourhood, string given, LocalDate birthDate) =>
        new(ResidentId.New(), neighbourhood, new PersonName(given, "Test"), Gender.Female, birthDate);
}
