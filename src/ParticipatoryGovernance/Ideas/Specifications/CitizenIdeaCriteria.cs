using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>Criteria that several citizen idea specifications share.</summary>
public static class CitizenIdeaCriteria
{
    /// <summary>
    /// Ideas residents may see in public lists: visible (neither hidden pending moderation nor removed) and the latest
    /// version (a rejected idea that was resubmitted is shown through its new version).
    /// </summary>
    /// <param name="query">The specification's builder.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<CitizenIdea> Public(this ISpecificationBuilder<CitizenIdea> query) =>
        query.Where(i => i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null);

    /// <summary>Ideas submitted to a municipality.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <param name="municipalityId">The municipality.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<CitizenIdea> OfMunicipality(this ISpecificationBuilder<CitizenIdea> query, MunicipalityId municipalityId) =>
        query.Where(i => i.MunicipalityId == municipalityId);

    /// <summary>Orders ideas newest first by submission, then by identifier, so that pages are stable.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<CitizenIdea> NewestFirst(this ISpecificationBuilder<CitizenIdea> query)
    {
        query.OrderByDescending(i => i.SubmittedAt).ThenBy(i => i.Id);
        return query;
    }

    /// <summary>Orders ideas oldest first by submission, then by identifier, so that pages are stable.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<CitizenIdea> OldestFirst(this ISpecificationBuilder<CitizenIdea> query)
    {
        query.OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id);
        return query;
    }

    /// <summary>Ideas submitted more than a number of days (of 24 hours) before an instant.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <param name="asOf">The instant to count back from.</param>
    /// <param name="days">The days; 0 or more.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static ISpecificationBuilder<CitizenIdea> SubmittedMoreThanDaysBefore(this ISpecificationBuilder<CitizenIdea> query, Instant asOf, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var cutoff = asOf - Duration.FromDays(days);
        return query.Where(i => i.SubmittedAt < cutoff);
    }

    /// <summary>One page of the results.</summary>
    /// <param name="query">The specification's builder.</param>
    /// <param name="skip">How many ideas to skip; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public static ISpecificationBuilder<CitizenIdea> Page(this ISpecificationBuilder<CitizenIdea> query, int skip, int? take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        if (take is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(take), take, "Take at least one idea, or leave take out.");
        }

        if (skip > 0)
        {
            query.Skip(skip);
        }

        if (take is not null)
        {
            query.Take(take.Value);
        }

        return query;
    }
}
