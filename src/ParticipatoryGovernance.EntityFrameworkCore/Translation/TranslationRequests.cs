using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Events;
using ParticipatoryGovernance.EntityFrameworkCore.Events;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Translation;

namespace ParticipatoryGovernance.EntityFrameworkCore.Translation;

/// <summary>
/// The translation queue over the stored events: a new or resubmitted idea's title and description and a comment's text
/// (posted or edited) become one request per language of the city's charter, written with the cursor's move in one
/// transaction (the shared event cursor), so a text is requested once however many nodes run it; then the translator
/// fills the requests in, outside any transaction, with retries.
/// </summary>
/// <param name="db">The scope's context.</param>
/// <param name="clock">Stamps the requests and the attempts.</param>
/// <param name="options">Batch sizes, retries and the claim's length.</param>
/// <remarks>Scoped, like its context; not thread-safe. The <see cref="TranslationWorker"/> runs it.</remarks>
public sealed class TranslationRequests(GovernanceDbContext db, IClock clock, TranslationOptions options)
{
    /// <summary>The cursor's name in the <c>event_cursors</c> table.</summary>
    public const string CursorName = "translations";

    /// <summary>Starts the cursor at the latest stored event when it has never run: texts written before translation was turned on are not sent.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when this call placed the cursor.</returns>
    public Task<bool> StartFromLatestAsync(CancellationToken cancellationToken = default) =>
        EventCursors.StartFromLatestAsync(db, CursorName, cancellationToken);

    /// <summary>Requests the translations of the texts the next batch of events wrote.</summary>
    /// <param name="cancellationToken">Cancels the run; nothing of it is stored.</param>
    /// <returns>How many events the run handled; 0 when there were none, or another run took them.</returns>
    public async Task<int> RequestAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var requested = new HashSet<(string Hash, string Language)>();
        var languages = new Dictionary<MunicipalityId, IReadOnlyList<string>>();
        return await EventCursors.RunBatchAsync(db, CursorName, options.FanOutBatchSize, options.GapWait, now, async next =>
        {
            if (!next.EventType.EndsWith(nameof(IdeaSubmitted), StringComparison.Ordinal)
                && !next.EventType.EndsWith(nameof(CommentPosted), StringComparison.Ordinal)
                && !next.EventType.EndsWith(nameof(CommentEdited), StringComparison.Ordinal))
            {
                return;
            }

            var texts = next.ToDomainEvent() switch
            {
                IdeaSubmitted e => await IdeaTextsAsync(e.IdeaId, cancellationToken),
                CommentPosted e => await CommentTextAsync(e.CommentId, cancellationToken),
                CommentEdited e => await CommentTextAsync(e.CommentId, cancellationToken),
                _ => null,
            };
            if (texts is not { } found)
            {
                return;
            }

            if (!languages.TryGetValue(found.City, out var targets))
            {
                targets = (await db.Municipalities.AsNoTracking().Where(m => m.Id == found.City).Select(m => m.Charter).FirstOrDefaultAsync(cancellationToken))?.Languages ?? [];
                languages[found.City] = targets;
            }

            foreach (var text in found.Written.Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                var hash = StoredTranslation.HashOf(text);
                var stored = await db.Set<StoredTranslation>().AsNoTracking().Where(t => t.SourceHash == hash).Select(t => t.TargetLanguage).ToListAsync(cancellationToken);
                foreach (var language in targets.Where(l => !stored.Contains(l) && requested.Add((hash, l))))
                {
                    db.Add(StoredTranslation.Request(text, language, found.ThingKind, found.ThingId, now));
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Sends the requests that are due to the translator, one at a time, each claimed first so two nodes never send the
    /// same one; stores each answer as it comes.
    /// </summary>
    /// <param name="translator">The host's translator.</param>
    /// <param name="cancellationToken">Cancels the pass; a request in flight is tried again after its claim lapses.</param>
    /// <returns>The pages' things whose texts were translated in this pass.</returns>
    public async Task<IReadOnlyList<(string ThingKind, Guid ThingId)>> TranslateAsync(ITranslator translator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(translator);
        var now = clock.GetCurrentInstant();
        var due = await db.Set<StoredTranslation>().AsNoTracking()
            .Where(t => t.State == TranslationState.Pending && t.NextAttemptAt <= now && (t.ClaimedUntil == null || t.ClaimedUntil < now))
            .OrderBy(t => t.Id).Select(t => t.Id).Take(options.TranslateBatchSize).ToListAsync(cancellationToken);
        var translated = new List<(string, Guid)>();
        foreach (var id in due)
        {
            var until = clock.GetCurrentInstant() + options.ClaimFor;
            var claimed = await db.Set<StoredTranslation>()
                .Where(t => t.Id == id && t.State == TranslationState.Pending && (t.ClaimedUntil == null || t.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedUntil, until), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var request = await db.Set<StoredTranslation>().FirstAsync(t => t.Id == id, cancellationToken);
            try
            {
                var answer = await translator.TranslateAsync(request.Original, request.TargetLanguage, cancellationToken);
                if (answer is null || string.IsNullOrWhiteSpace(answer.Text) || string.IsNullOrWhiteSpace(answer.SourceLanguage))
                {
                    request.CannotTranslate();
                }
                else
                {
                    request.Translated(new MachineTranslationResult(Clip(answer.Text), answer.SourceLanguage.Trim().ToLowerInvariant()), ClipTo(translator.Name, 100));
                    if (request.State == TranslationState.Done)
                    {
                        translated.Add((request.ThingKind, request.ThingId));
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                request.AttemptFailed($"{exception.GetType().Name}: {exception.Message}", clock.GetCurrentInstant(), options);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }

        return translated;
    }

    private static string Clip(string text) => ClipTo(text, 8000);

    private static string ClipTo(string text, int length) => text.Length <= length ? text : text[..length];

    private async Task<Texts?> IdeaTextsAsync(CitizenIdeaId id, CancellationToken cancellationToken) =>
        await db.CitizenIdeas.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new Texts(i.MunicipalityId, "idea", i.Id.Value, new[] { i.Title, i.Description }))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<Texts?> CommentTextAsync(CommentId id, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return comment is null ? null : new Texts(
            comment.MunicipalityId,
            comment.Subject.Kind == CommentSubjectKind.Idea ? "idea" : "meeting",
            comment.Subject.Id,
            [comment.Body]);
    }

    private sealed record Texts(MunicipalityId City, string ThingKind, Guid ThingId, string[] Written);
}

/// <summary>Reads the stored translations for pages (<see cref="ITranslationLookup"/>).</summary>
/// <param name="db">The scope's context.</param>
internal sealed class TranslationLookup(GovernanceDbContext db) : ITranslationLookup
{
    public async Task<IReadOnlyDictionary<string, ParticipatoryGovernance.Translation.TextTranslation>> FindAsync(IReadOnlyCollection<string> originals, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(originals);
        ArgumentNullException.ThrowIfNull(language);
        var byHash = originals.Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.Ordinal).ToDictionary(StoredTranslation.HashOf, o => o, StringComparer.Ordinal);
        if (byHash.Count == 0)
        {
            return new Dictionary<string, ParticipatoryGovernance.Translation.TextTranslation>();
        }

        var hashes = byHash.Keys.ToList();
        var rows = await db.Set<StoredTranslation>().AsNoTracking()
            .Where(t => hashes.Contains(t.SourceHash) && t.TargetLanguage == language && t.State == TranslationState.Done)
            .Select(t => new { t.SourceHash, t.Text, t.SourceLanguage, t.Translator })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => byHash[r.SourceHash],
            r => new ParticipatoryGovernance.Translation.TextTranslation(r.Text!, r.SourceLanguage!, r.Translator!),
            StringComparer.Ordinal);
    }
}
