using System.Text;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Channels;

/// <summary>One text message a resident sent to the city's number.</summary>
/// <param name="PhoneNumber">The sender's number, in any form <see cref="PhoneNumbers.Normalize"/> reads.</param>
/// <param name="Text">The message.</param>
/// <param name="MessageId">The gateway's id of the message, when it gives one: the reply's parts are keyed on it so that a repeated delivery is recognisable.</param>
public sealed record SmsRequest(string? PhoneNumber, string? Text, string? MessageId = null);

/// <summary>The reply to a text message, in parts of at most <see cref="ChannelOptions.SmsPartLimit"/> UTF-16 units.</summary>
/// <param name="PhoneNumber">The number to reply to in E.164, or <see langword="null"/> when the sender's number could not be read.</param>
/// <param name="Language">The reply's language, <c>fa</c> or <c>en</c>.</param>
/// <param name="Parts">The parts, each sent as one message.</param>
/// <param name="Resident">The resident the number belongs to, or <see langword="null"/> for an unknown number.</param>
public sealed record SmsReply(string? PhoneNumber, string Language, IReadOnlyList<string> Parts, ResidentId? Resident);

/// <summary>
/// Text-message keywords for the same acts as the USSD menu, in Persian or English: <c>رای 3 7 12</c> / <c>VOTE 3 7 12</c>
/// (an approval ballot of project numbers; with several open rounds the first number is the round's, as <c>ROUNDS</c>
/// lists them), <c>حمایت 45</c> / <c>ENDORSE 45</c>, <c>وضعیت 45</c> / <c>STATUS 45</c>, <c>دورها</c> / <c>ROUNDS</c>
/// and <c>راهنما</c> / <c>HELP</c>. The reply is in the keyword's language.
/// </summary>
/// <remarks>A scoped service: it uses the scoped storage port.</remarks>
public sealed class SmsKeywords
{
    private readonly ChannelParticipation _participation;
    private readonly IPhoneDirectory _directory;
    private readonly ChannelOptions _options;
    private readonly INotificationSender? _sender;

    /// <summary>Creates the keywords' handler.</summary>
    /// <param name="store">The storage port.</param>
    /// <param name="ballots">The ballots' port.</param>
    /// <param name="numbers">The ideas' public numbers.</param>
    /// <param name="acts">The acts.</param>
    /// <param name="directory">The phone directory.</param>
    /// <param name="options">The options.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="senders">The notification senders; the one for <see cref="NotificationChannel.Sms"/>, when registered, sends the replies.</param>
    public SmsKeywords(
        UseCases.IGovernanceStore store,
        IBudgetingBallots ballots,
        IIdeaNumbers numbers,
        IChannelActs acts,
        IPhoneDirectory directory,
        ChannelOptions options,
        NodaTime.IClock clock,
        IEnumerable<INotificationSender> senders)
    {
        ArgumentNullException.ThrowIfNull(senders);
        _participation = new ChannelParticipation(store, ballots, numbers, acts, clock);
        _directory = directory;
        _options = options;
        _sender = senders.LastOrDefault(s => s.Channel == NotificationChannel.Sms);
    }

    /// <summary>Whether an SMS sender is registered to send the replies.</summary>
    public bool SendsReplies => _sender is not null;

    /// <summary>Reads a message, performs its act and answers it; the reply is not sent (see <see cref="ReceiveAsync"/>).</summary>
    /// <param name="request">The message; any of its values may be missing or hostile.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reply.</returns>
    public async Task<SmsReply> HandleAsync(SmsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var phone = PhoneNumbers.Normalize(request.PhoneNumber);
        var words = request.Text is { Length: > ChannelInput.MaxLength } ? ["\u0000"] : ChannelInput.Words(request.Text);
        var keyword = words.Count == 0 ? string.Empty : words[0].ToUpperInvariant().Replace('ي', 'ی').Replace('أ', 'ا');
        var language = keyword.Length > 0 && keyword[0] is >= 'A' and <= 'Z' ? "en" : "fa";
        var who = phone is null ? null : await _directory.FindAsync(phone, cancellationToken);
        if (who is null)
        {
            return Reply(phone, language, _options.Registration.In(language), null);
        }

        var arguments = words.Skip(1).ToList();
        var text = keyword switch
        {
            "VOTE" or "رای" or "راي" => await VoteAsync(who, arguments, language, cancellationToken),
            "ENDORSE" or "حمایت" => await EndorseAsync(who, arguments, language, cancellationToken),
            "STATUS" or "وضعیت" => await StatusAsync(who, arguments, language, cancellationToken),
            "ROUNDS" or "دورها" => await RoundsAsync(who, language, cancellationToken),
            "HELP" or "راهنما" => Help(language),
            _ => ChannelTexts.NotAChoice().Message.In(language) + " " + Help(language),
        };
        return Reply(phone, language, text, who.Resident);
    }

    /// <summary>Reads a message, performs its act and sends the reply through the SMS sender when one is registered.</summary>
    /// <param name="request">The message.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reply (sent or, without a sender, for the caller to return to the gateway).</returns>
    public async Task<SmsReply> ReceiveAsync(SmsRequest request, CancellationToken cancellationToken = default)
    {
        var reply = await HandleAsync(request, cancellationToken);
        if (_sender is null || reply.PhoneNumber is null)
        {
            return reply;
        }

        var key = "sms-reply:" + (request.MessageId is { Length: > 0 and <= 100 } id ? id : Guid.NewGuid().ToString("N"));
        for (var i = 0; i < reply.Parts.Count; i++)
        {
            await _sender.SendAsync(new NotificationMessage($"{key}:{i + 1}", reply.Resident ?? default, NotificationChannel.Sms, reply.PhoneNumber, reply.Language, string.Empty, reply.Parts[i]), cancellationToken);
        }

        return reply;
    }

    /// <summary>Splits a text into parts of at most <paramref name="partLimit"/> UTF-16 units, at spaces where it can; at most <paramref name="maxParts"/>, the last ending with "…" when cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="partLimit">The most units a part holds.</param>
    /// <param name="maxParts">The most parts.</param>
    /// <returns>The parts; one empty-free part at least.</returns>
    public static IReadOnlyList<string> Split(string text, int partLimit, int maxParts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(partLimit, 10);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParts, 1);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && parts.Count < maxParts)
        {
            if (rest.Length <= partLimit)
            {
                parts.Add(rest);
                rest = string.Empty;
                break;
            }

            var cut = rest.LastIndexOf(' ', partLimit);
            if (cut < partLimit / 2)
            {
                cut = partLimit;
            }

            if (char.IsHighSurrogate(rest[cut - 1]))
            {
                cut--;
            }

            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            var last = parts[^1];
            parts[^1] = (last.Length >= partLimit ? last[..(partLimit - 1)] : last) + "…";
        }

        return parts.Count == 0 ? ["-"] : parts;
    }

    private SmsReply Reply(string? phone, string language, string text, ResidentId? resident) =>
        new(phone, language, Split(text, _options.SmsPartLimit, _options.SmsMaxParts), resident);

    private string Help(string language) => language == "fa"
        ? $"رای ۳ ۷، حمایت ۴۵، وضعیت ۴۵، دورها. منو: {_options.UssdCode}"
        : $"VOTE 3 7, ENDORSE 45, STATUS 45, ROUNDS. Menu: {_options.UssdCode}";

    private static bool Numbers(IReadOnlyList<string> words, out List<int> numbers)
    {
        numbers = [];
        foreach (var word in words)
        {
            if (!ChannelInput.TryNumber(word, out var n))
            {
                return false;
            }

            numbers.Add(n);
        }

        return true;
    }

    private async Task<string> VoteAsync(PhoneResident who, List<string> arguments, string language, CancellationToken cancellationToken)
    {
        if (!Numbers(arguments, out var numbers))
        {
            return ChannelTexts.NotNumbers().Message.In(language);
        }

        var rounds = await _participation.OpenRoundsAsync(who, cancellationToken);
        if (rounds.Count == 0)
        {
            return ChannelTexts.NoOpenRound().Message.In(language);
        }

        var round = rounds[0];
        if (rounds.Count > 1)
        {
            if (numbers.Count == 0 || numbers[0] < 1 || numbers[0] > rounds.Count)
            {
                return ChannelTexts.NotAChoice().Message.In(language) + " " + await RoundsAsync(who, language, cancellationToken);
            }

            round = rounds[numbers[0] - 1];
            numbers.RemoveAt(0);
        }

        if (round.BallotKind != BudgetingBallotKind.Approval)
        {
            return ChannelTexts.PointsRound().Message.In(language);
        }

        var cast = await _participation.CastAsync(round, who, numbers, cancellationToken);
        if (cast.IsFailure)
        {
            return cast.Violations[0].Message.In(language);
        }

        var chosen = numbers.Distinct().Order().ToList();
        var total = ChannelParticipation.Amount(ChannelParticipation.Total(round, chosen), language);
        return language == "fa"
            ? $"برگهٔ شما ثبت شد: طرح‌های {string.Join("، ", chosen.Select(n => ChannelParticipation.Number(n, language)))}، جمع {total} ریال."
            : $"Ballot recorded: projects {string.Join(", ", chosen)}, total {total} rials.";
    }

    private async Task<string> EndorseAsync(PhoneResident who, List<string> arguments, string language, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || !ChannelInput.TryNumber(arguments[0], out var number))
        {
            return ChannelTexts.NotNumbers().Message.In(language);
        }

        var found = await _participation.IdeaAsync(who, number, cancellationToken);
        if (found is null)
        {
            return ChannelTexts.NoSuchIdea(number).Message.In(language);
        }

        var endorsed = await _participation.EndorseAsync(who, found.Idea, cancellationToken);
        return endorsed.IsFailure ? endorsed.Violations[0].Message.In(language) : ChannelTexts.Endorsed.In(language);
    }

    private async Task<string> StatusAsync(PhoneResident who, List<string> arguments, string language, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || !ChannelInput.TryNumber(arguments[0], out var number))
        {
            return ChannelTexts.NotNumbers().Message.In(language);
        }

        var found = await _participation.IdeaAsync(who, number, cancellationToken);
        return found is null ? ChannelTexts.NoSuchIdea(number).Message.In(language) : ChannelTexts.Status(found, language);
    }

    private async Task<string> RoundsAsync(PhoneResident who, string language, CancellationToken cancellationToken)
    {
        var rounds = await _participation.OpenRoundsAsync(who, cancellationToken);
        if (rounds.Count == 0)
        {
            return ChannelTexts.NoOpenRound().Message.In(language);
        }

        var text = new StringBuilder();
        for (var r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            text.Append(rounds.Count > 1 ? $"{ChannelParticipation.Number(r + 1, language)}) " : string.Empty)
                .Append(UssdScreens.Short(round.Title, 30))
                .Append(": ")
                .AppendJoin(language == "fa" ? "، " : ", ", round.Projects.Select((p, i) => $"{ChannelParticipation.Number(i + 1, language)} {UssdScreens.Short(p.Title, 20)}"))
                .Append(". ");
        }

        return text.ToString();
    }
}
