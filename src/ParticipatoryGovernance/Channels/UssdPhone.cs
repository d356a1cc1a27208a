namespace ParticipatoryGovernance.Channels;

/// <summary>
/// A simulated phone dialling the USSD code: it keeps one gateway session id per dialogue and sends each key-press to
/// a gateway (the menu itself, or an HTTP callback), as a real aggregator would. For tests and the demo's phone page.
/// </summary>
/// <param name="gateway">Answers one request: the menu in a scope of its own, or an HTTP call.</param>
/// <param name="phoneNumber">The phone's number, in any form.</param>
public sealed class UssdPhone(Func<UssdRequest, Task<UssdReply>> gateway, string phoneNumber)
{
    private readonly List<(string? Sent, UssdReply Reply)> _transcript = [];

    /// <summary>The current dialogue's session id; null before the first dial.</summary>
    public string? SessionId { get; private set; }

    /// <summary>The last screen, or null before the first dial.</summary>
    public UssdReply? Screen { get; private set; }

    /// <summary>What was sent (null for a dial) and answered, in order, across dialogues.</summary>
    public IReadOnlyList<(string? Sent, UssdReply Reply)> Transcript => _transcript;

    /// <summary>Dials the code: a new dialogue with a new session id.</summary>
    /// <returns>The first screen.</returns>
    public async Task<UssdReply> DialAsync()
    {
        SessionId = Guid.NewGuid().ToString("N");
        return await AskAsync(null);
    }

    /// <summary>Sends an answer in the current dialogue; dials first when the last one ended.</summary>
    /// <param name="input">What the resident typed.</param>
    /// <returns>The next screen.</returns>
    public async Task<UssdReply> SendAsync(string input)
    {
        if (Screen is not { Continues: true })
        {
            await DialAsync();
        }

        return await AskAsync(input);
    }

    /// <summary>Dials and sends the answers one after another.</summary>
    /// <param name="inputs">The answers.</param>
    /// <returns>The last screen.</returns>
    public async Task<UssdReply> RunAsync(params string[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var reply = await DialAsync();
        foreach (var input in inputs)
        {
            reply = await AskAsync(input);
        }

        return reply;
    }

    private async Task<UssdReply> AskAsync(string? input)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        Screen = await gateway(new UssdRequest(SessionId, phoneNumber, input ?? string.Empty));
        _transcript.Add((input, Screen));
        return Screen;
    }
}
