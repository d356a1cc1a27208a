namespace RazorDemo.Hosting;

/// <summary>
/// The start the event readers' hosted services share (notifications, webhooks): place the reader's cursor at the
/// latest stored event (the generated city's history is not news), trying again while the database is out of reach —
/// a background service that throws stops the whole site — then run the reader's loop.
/// </summary>
public static partial class CursorStart
{
    /// <summary>Places the cursor, retrying every five seconds, then runs <paramref name="run"/> until stopped.</summary>
    /// <param name="scopes">Creates the scope the cursor is placed in.</param>
    /// <param name="place">Places the cursor (the reader's <c>StartFromLatestAsync</c>).</param>
    /// <param name="run">The reader's loop.</param>
    /// <param name="logger">Logs a failed attempt.</param>
    /// <param name="stoppingToken">Stops it all.</param>
    public static async Task RunAsync(IServiceScopeFactory scopes, Func<IServiceProvider, CancellationToken, Task> place, Func<CancellationToken, Task> run, ILogger logger, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(run);
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await place(scope.ServiceProvider, stoppingToken);
                break;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                CursorFailed(logger, exception);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        await run(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Placing an event cursor failed; trying again in 5 seconds")]
    private static partial void CursorFailed(ILogger logger, Exception exception);
}
