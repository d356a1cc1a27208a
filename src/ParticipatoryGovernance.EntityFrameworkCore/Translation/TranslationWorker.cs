using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParticipatoryGovernance.Translation;

namespace ParticipatoryGovernance.EntityFrameworkCore.Translation;

/// <summary>Told which pages' texts were translated, so a host evicts its cached copies of them.</summary>
public interface ITranslationObserver
{
    /// <summary>Texts shown on these pages now have translations.</summary>
    /// <param name="things">Each page's kind (<c>idea</c> or <c>meeting</c>) and id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the host has done with it.</returns>
    Task TranslatedAsync(IReadOnlyCollection<(string ThingKind, Guid ThingId)> things, CancellationToken cancellationToken = default);
}

/// <summary>
/// Runs the translation queue in a loop until stopped: requests from the stored events, then translations of the due
/// requests through the host's <see cref="ITranslator"/>. A host calls <see cref="RunAsync"/> from a hosted service;
/// each pass uses a scope of its own.
/// </summary>
/// <param name="scopes">Creates the scope of each pass.</param>
/// <param name="translator">The host's translator.</param>
/// <param name="options">The pause between idle passes.</param>
/// <param name="observer">Told of translated pages (optional).</param>
/// <param name="logger">Logs a pass that failed; the loop goes on.</param>
public sealed partial class TranslationWorker(
    IServiceScopeFactory scopes,
    ITranslator translator,
    TranslationOptions options,
    ITranslationObserver? observer = null,
    ILogger<TranslationWorker>? logger = null)
{
    /// <summary>Places the cursor (first run only), then runs passes until <paramref name="stoppingToken"/> is cancelled.</summary>
    /// <param name="stoppingToken">Stops the loop.</param>
    /// <returns>A task that completes when the loop has stopped.</returns>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var placed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                if (!placed)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TranslationRequests>().StartFromLatestAsync(stoppingToken);
                    placed = true;
                }

                busy = await RunOnceAsync(stoppingToken) > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                if (logger is not null)
                {
                    PassFailed(logger, exception);
                }
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass: a batch of events turned into requests, a batch of requests translated.</summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>How much the pass did (events handled and texts translated).</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<TranslationRequests>();
        var handled = await queue.RequestAsync(cancellationToken);
        var translated = await queue.TranslateAsync(translator, cancellationToken);
        if (translated.Count > 0 && observer is not null)
        {
            await observer.TranslatedAsync([.. translated.Distinct()], cancellationToken);
        }

        return handled + translated.Count;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "A translation pass failed; the worker tries again.")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
