using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Channels;

/// <summary>One request of a USSD gateway: the dialogue's session, the caller's number and what they typed.</summary>
/// <param name="SessionId">The gateway's id of the dialogue; the same on every request of one dialogue.</param>
/// <param name="PhoneNumber">The caller's number, in any form <see cref="PhoneNumbers.Normalize"/> reads.</param>
/// <param name="Text">What the caller typed at this step (or, with <see cref="ChannelOptions.CumulativeUssdText"/>, the whole dialogue); empty on the first request.</param>
public sealed record UssdRequest(string? SessionId, string? PhoneNumber, string? Text);

/// <summary>The screen to show and whether the dialogue continues (a gateway's <c>CON</c>) or ends (<c>END</c>).</summary>
/// <param name="Screen">The screen's text, within the network's limit.</param>
/// <param name="Continues">True when the caller is asked for an answer; false when the dialogue ends.</param>
public sealed record UssdReply(string Screen, bool Continues)
{
    /// <summary>The reply in the common text form: <c>CON …</c> or <c>END …</c>.</summary>
    /// <returns>The text a gateway of that form expects.</returns>
    public string ToGatewayText() => (Continues ? "CON " : "END ") + Screen;
}

/// <summary>
/// The USSD menu: open budget rounds and approval ballots, endorsing an idea by its number, an idea's status. Every
/// act goes through the library's commands (<see cref="IChannelActs"/>); every refusal is shown as a screen with the
/// rule's message in the session's language, and any input (letters, huge numbers, nothing, 200 characters) gets a
/// screen, never an exception.
/// </summary>
/// <remarks>A scoped service: it uses the scoped storage port.</remarks>
public sealed class UssdMenu
{
    private const string KeyPrefix = "ussd:";
    private const int MaxSessionIdLength = 128;
    private const int ShortTitle = 24;
    private readonly ChannelParticipation _participation;
    private readonly IPhoneDirectory _directory;
    private readonly IChannelSessionStore _sessions;
    private readonly ChannelOptions _options;

    /// <summary>Creates the menu.</summary>
    /// <param name="store">The storage port, for the rounds, residents and ideas.</param>
    /// <param name="ballots">The ballots' port, for a resident's stored ballot.</param>
    /// <param name="numbers">The ideas' public numbers.</param>
    /// <param name="acts">The acts.</param>
    /// <param name="directory">The phone directory.</param>
    /// <param name="sessions">The session store.</param>
    /// <param name="options">The options.</param>
    /// <param name="clock">The clock.</param>
    public UssdMenu(
        UseCases.IGovernanceStore store,
        IBudgetingBallots ballots,
        IIdeaNumbers numbers,
        IChannelActs acts,
        IPhoneDirectory directory,
        IChannelSessionStore sessions,
        ChannelOptions options,
        IClock clock)
    {
        _participation = new ChannelParticipation(store, ballots, numbers, acts, clock);
        _directory = directory;
        _sessions = sessions;
        _options = options;
    }

    /// <summary>Answers one gateway request.</summary>
    /// <param name="request">The request; any of its values may be missing or hostile.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The screen and whether the dialogue continues.</returns>
    public async Task<UssdReply> HandleAsync(UssdRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.SessionId) || request.SessionId.Length > MaxSessionIdLength || request.SessionId.Any(char.IsControl))
        {
            return End(ChannelTexts.BadSession.In("fa") + "\n" + ChannelTexts.BadSession.In("en"));
        }

        var phone = PhoneNumbers.Normalize(request.PhoneNumber);
        var who = phone is null ? null : await _directory.FindAsync(phone, cancellationToken);
        if (who is null)
        {
            return End(_options.Registration.In("fa"));
        }

        var now = _participation.Now();
        var key = KeyPrefix + request.SessionId;
        var session = await _sessions.FindAsync(key, cancellationToken);
        LocalizedText? notice = null;
        var fresh = session is null || session.PhoneNumber != phone || session.LastSeen + Duration.FromTimeSpan(_options.SessionTimeout) < now;
        if (fresh)
        {
            if (session is not null && session.PhoneNumber == phone && Input(request.Text).Length > 0)
            {
                notice = ChannelTexts.TimedOut;
            }

            session = new ChannelSession { Key = key, PhoneNumber = phone!, Language = who.Language, Screen = ChannelScreen.Main };
        }

        var reply = fresh
            ? Main(session!, notice)
            : await AnswerAsync(session!, who, Input(request.Text), cancellationToken);
        session!.LastSeen = now;
        if (reply.Continues)
        {
            await _sessions.SaveAsync(session, now + Duration.FromTimeSpan(_options.SessionTimeout), cancellationToken);
        }
        else
        {
            await _sessions.RemoveAsync(key, cancellationToken);
        }

        return reply;
    }

    private string Input(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        // With a cumulative gateway only the latest answer counts; a long dialogue is not a long answer.
        var answer = _options.CumulativeUssdText ? text[(text.LastIndexOf('*') + 1)..] : text;

        // Too long to be an answer: read as nothing the screen offers.
        return answer.Length > ChannelInput.MaxLength ? "\u0000" : Calendar.PersianDigits.ToLatin(answer).Trim();
    }

    private async Task<UssdReply> AnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        return session.Screen switch
        {
            ChannelScreen.Rounds => await RoundsAnswerAsync(session, who, input, cancellationToken),
            ChannelScreen.Ballot => await BallotAnswerAsync(session, who, input, cancellationToken),
            ChannelScreen.Confirm => await ConfirmAnswerAsync(session, who, input, cancellationToken),
            ChannelScreen.EndorseNumber or ChannelScreen.StatusNumber => await IdeaNumberAnswerAsync(session, who, input, cancellationToken),
            ChannelScreen.EndorseConfirm => await EndorseAnswerAsync(session, who, input, cancellationToken),
            _ => await MainAnswerAsync(session, who, input, cancellationToken),
        };
    }

    private async Task<UssdReply> MainAnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        if (!ChannelInput.TryNumber(input, out var choice))
        {
            return Main(session, ChannelTexts.NotAChoice().Message);
        }

        switch (choice)
        {
            case 1:
                session.Page = 0;
                return await RoundsAsync(session, who, null, cancellationToken);
            case 2:
                session.Screen = ChannelScreen.EndorseNumber;
                return Prompt(session, null);
            case 3:
                session.Screen = ChannelScreen.StatusNumber;
                return Prompt(session, null);
            case 4:
                session.Language = session.Language == "fa" ? "en" : "fa";
                return Main(session, null);
            case 0:
                return End(ChannelTexts.Goodbye.In(session.Language));
            default:
                return Main(session, ChannelTexts.NotAChoice().Message);
        }
    }

    private UssdReply Main(ChannelSession session, LocalizedText? notice)
    {
        session.Screen = ChannelScreen.Main;
        session.Page = 0;
        var l = session.Language;
        var items = new[]
        {
            $"{N(1, l)} {ChannelTexts.MainRounds.In(l)}",
            $"{N(2, l)} {ChannelTexts.MainEndorse.In(l)}",
            $"{N(3, l)} {ChannelTexts.MainStatus.In(l)}",
            $"{N(4, l)} {ChannelTexts.MainLanguage.In(l)}",
        };
        return Continue(UssdScreens.List(notice?.In(l), notice is null ? ChannelTexts.MainTitle.In(l) : string.Empty, items, 0, [$"{N(0, l)} {ChannelTexts.Exit.In(l)}"], _options, out _));
    }

    private async Task<UssdReply> RoundsAsync(ChannelSession session, PhoneResident who, LocalizedText? notice, CancellationToken cancellationToken)
    {
        var l = session.Language;
        var rounds = await _participation.OpenRoundsAsync(who, cancellationToken);
        if (rounds.Count == 0)
        {
            return Main(session, ChannelTexts.NoOpenRound().Message);
        }

        session.Screen = ChannelScreen.Rounds;
        var items = rounds.Select((r, i) => $"{N(i + 1, l)} {UssdScreens.Short(r.Title, ShortTitle)}").ToList();
        return ListScreen(session, notice, ChannelTexts.ChooseRound.In(l), items, [$"{N(0, l)} {ChannelTexts.Back.In(l)}"]);
    }

    private async Task<UssdReply> RoundsAnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        if (input == "00")
        {
            session.Page = session.NextPage;
            return await RoundsAsync(session, who, null, cancellationToken);
        }

        if (!ChannelInput.TryNumber(input, out var choice))
        {
            session.Page = 0;
            return await RoundsAsync(session, who, ChannelTexts.NotAChoice().Message, cancellationToken);
        }

        if (choice == 0)
        {
            return Main(session, null);
        }

        var rounds = await _participation.OpenRoundsAsync(who, cancellationToken);
        if (choice > rounds.Count)
        {
            session.Page = 0;
            return await RoundsAsync(session, who, ChannelTexts.NotAChoice().Message, cancellationToken);
        }

        var round = rounds[choice - 1];
        if (round.BallotKind != BudgetingBallotKind.Approval)
        {
            session.Page = 0;
            return await RoundsAsync(session, who, ChannelTexts.PointsRound().Message, cancellationToken);
        }

        session.Round = round.Id.Value;
        session.Chosen = await _participation.StoredChoiceAsync(round, who, cancellationToken);
        session.Page = 0;
        return Ballot(session, round, null);
    }

    private async Task<BudgetingRound?> SessionRoundAsync(ChannelSession session, PhoneResident who, CancellationToken cancellationToken)
    {
        var rounds = await _participation.OpenRoundsAsync(who, cancellationToken);
        return rounds.FirstOrDefault(r => r.Id.Value == session.Round);
    }

    private UssdReply Ballot(ChannelSession session, BudgetingRound round, LocalizedText? notice)
    {
        session.Screen = ChannelScreen.Ballot;
        var l = session.Language;
        var total = ChannelParticipation.Total(round, session.Chosen);
        var header = l == "fa"
            ? $"{N(session.Chosen.Count, l)}/{N(round.MaximumProjectsPerBallot, l)} طرح، {ChannelParticipation.Amount(total, l)}/{ChannelParticipation.Amount(round.Budget.Amount, l)}"
            : $"{session.Chosen.Count}/{round.MaximumProjectsPerBallot} projects, {ChannelParticipation.Amount(total, l)}/{ChannelParticipation.Amount(round.Budget.Amount, l)}";
        var items = round.Projects.Select((p, i) =>
            $"{N(i + 1, l)}{(session.Chosen.Contains(i + 1) ? "+" : " ")}{UssdScreens.Short(p.Title, ShortTitle)} {ChannelParticipation.Amount(p.Cost.Amount, l)}").ToList();
        return ListScreen(session, notice, header, items, [$"{N(0, l)} {ChannelTexts.Review.In(l)}"]);
    }

    private async Task<UssdReply> BallotAnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        var round = await SessionRoundAsync(session, who, cancellationToken);
        if (round is null)
        {
            return Main(session, ChannelTexts.NoOpenRound().Message);
        }

        if (input == "00")
        {
            session.Page = session.NextPage;
            return Ballot(session, round, null);
        }

        if (!ChannelInput.TryNumber(input, out var choice))
        {
            return Ballot(session, round, ChannelTexts.NotAChoice().Message);
        }

        if (choice == 0)
        {
            return Confirm(session, round, null);
        }

        if (choice > round.Projects.Count)
        {
            return Ballot(session, round, ChannelTexts.NoSuchProject(choice).Message);
        }

        if (!session.Chosen.Remove(choice))
        {
            session.Chosen.Add(choice);
            session.Chosen.Sort();
        }

        return Ballot(session, round, null);
    }

    private UssdReply Confirm(ChannelSession session, BudgetingRound round, LocalizedText? notice)
    {
        session.Screen = ChannelScreen.Confirm;
        var l = session.Language;
        var chosen = session.Chosen.Count == 0 ? "-" : string.Join(l == "fa" ? "،" : ",", session.Chosen.Select(n => N(n, l)));
        var total = ChannelParticipation.Amount(ChannelParticipation.Total(round, session.Chosen), l);
        var header = l == "fa" ? $"برگهٔ شما: {chosen}\nجمع {total}" : $"Your ballot: {chosen}\nTotal {total}";
        string[] items = [$"{N(1, l)} {ChannelTexts.Confirm.In(l)}", $"{N(2, l)} {ChannelTexts.Change.In(l)}"];
        return Continue(UssdScreens.List(notice?.In(l), header, items, 0, [$"{N(0, l)} {ChannelTexts.Cancel.In(l)}"], _options, out _));
    }

    private async Task<UssdReply> ConfirmAnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        var round = await SessionRoundAsync(session, who, cancellationToken);
        if (round is null)
        {
            return Main(session, ChannelTexts.NoOpenRound().Message);
        }

        if (!ChannelInput.TryNumber(input, out var choice) || choice > 2)
        {
            return Confirm(session, round, ChannelTexts.NotAChoice().Message);
        }

        switch (choice)
        {
            case 0:
                return Main(session, null);
            case 2:
                session.Page = 0;
                return Ballot(session, round, null);
        }

        var cast = await _participation.CastAsync(round, who, session.Chosen, cancellationToken);
        if (cast.IsFailure)
        {
            session.Page = 0;
            return Ballot(session, round, cast.Violations[0].Message);
        }

        return End(ChannelTexts.Voted.In(session.Language));
    }

    private UssdReply Prompt(ChannelSession session, LocalizedText? notice)
    {
        var l = session.Language;
        return Continue(UssdScreens.List(notice?.In(l), ChannelTexts.IdeaNumberPrompt.In(l), [], 0, [$"{N(0, l)} {ChannelTexts.Back.In(l)}"], _options, out _));
    }

    private async Task<UssdReply> IdeaNumberAnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        if (!ChannelInput.TryNumber(input, out var number))
        {
            return Prompt(session, ChannelTexts.NotAChoice().Message);
        }

        if (number == 0)
        {
            return Main(session, null);
        }

        var found = await _participation.IdeaAsync(who, number, cancellationToken);
        if (found is null)
        {
            return Prompt(session, ChannelTexts.NoSuchIdea(number).Message);
        }

        if (session.Screen == ChannelScreen.StatusNumber)
        {
            return End(UssdScreens.Cut(ChannelTexts.Status(found, session.Language), _options));
        }

        session.Idea = number;
        return EndorsePrompt(session, found, null);
    }

    private UssdReply EndorsePrompt(ChannelSession session, NumberedIdea found, LocalizedText? notice)
    {
        session.Screen = ChannelScreen.EndorseConfirm;
        var l = session.Language;
        var header = $"{N(found.Number, l)}: {UssdScreens.Short(found.Idea.Title, ShortTitle)}";
        return Continue(UssdScreens.List(notice?.In(l), header, [$"{N(1, l)} {ChannelTexts.Endorse.In(l)}"], 0, [$"{N(0, l)} {ChannelTexts.Back.In(l)}"], _options, out _));
    }

    private async Task<UssdReply> EndorseAnswerAsync(ChannelSession session, PhoneResident who, string input, CancellationToken cancellationToken)
    {
        var found = session.Idea is { } number ? await _participation.IdeaAsync(who, number, cancellationToken) : null;
        if (found is null)
        {
            session.Screen = ChannelScreen.EndorseNumber;
            return Prompt(session, ChannelTexts.NoSuchIdea(session.Idea ?? 0).Message);
        }

        if (!ChannelInput.TryNumber(input, out var choice) || choice > 1)
        {
            return EndorsePrompt(session, found, ChannelTexts.NotAChoice().Message);
        }

        if (choice == 0)
        {
            return Main(session, null);
        }

        var endorsed = await _participation.EndorseAsync(who, found.Idea, cancellationToken);
        return endorsed.IsFailure ? Main(session, endorsed.Violations[0].Message) : End(ChannelTexts.Endorsed.In(session.Language));
    }

    // A list screen with paging: "00" shows the next items, after the last page the first again.
    private UssdReply ListScreen(ChannelSession session, LocalizedText? notice, string header, List<string> items, IReadOnlyList<string> footer)
    {
        var l = session.Language;
        var start = session.Page >= items.Count ? 0 : session.Page;
        var withMore = footer.Append($"{N(0, l)}{N(0, l)} {ChannelTexts.More.In(l)}").ToList();
        var screen = UssdScreens.List(notice?.In(l), header, items, start, footer, _options, out var shown);
        if (start + shown < items.Count || start > 0)
        {
            screen = UssdScreens.List(notice?.In(l), header, items, start, withMore, _options, out shown);
        }

        session.Page = start;
        session.NextPage = start + Math.Max(shown, 1) >= items.Count ? 0 : start + Math.Max(shown, 1);
        return Continue(screen);
    }

    private static string N(long value, string language) => ChannelParticipation.Number(value, language);

    private UssdReply Continue(string screen) => new(UssdScreens.Cut(screen, _options), true);

    private UssdReply End(string screen) => new(UssdScreens.Cut(screen, _options), false);
}
