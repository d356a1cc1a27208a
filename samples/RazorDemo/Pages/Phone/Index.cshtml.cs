using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Channels;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Phone;

/// <summary>
/// The phone simulator (issue #20): a handset whose screen and keypad drive the same USSD menu and SMS keywords a
/// gateway's callbacks reach, as form posts (no script). Offered only with the demo accounts, whose residents the demo
/// numbers belong to.
/// </summary>
public sealed class IndexModel(UssdMenu menu, SmsKeywords sms, IPhoneDirectory directory, IIdeaNumbers numbers, IGovernanceStore store, DemoSmsOutbox outbox, DemoAccountOptions accounts) : PageModel
{
    /// <summary>The longest input the page keeps between key presses.</summary>
    public const int MaxInput = 200;

    /// <summary>The keys of the keypad, in order.</summary>
    public static readonly IReadOnlyList<string> Keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

    /// <summary>How many of the resident's neighbourhood's ideas are listed with their numbers.</summary>
    public const int ListedIdeas = 6;

    /// <summary>The phone's number, as chosen or typed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    /// <summary>The USSD dialogue's session id (the simulated gateway's).</summary>
    [BindProperty]
    public string? Session { get; set; }

    /// <summary>What is typed so far.</summary>
    [BindProperty]
    public string? Input { get; set; }

    /// <summary>The keypad key pressed.</summary>
    [BindProperty]
    public string? Key { get; set; }

    /// <summary>The text message to send.</summary>
    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The screen shown, or null when no dialogue is open.</summary>
    public UssdReply? Screen { get; private set; }

    /// <summary>The numbered ideas of the resident's neighbourhood, to endorse or ask about.</summary>
    public IReadOnlyList<(int Number, string Title)> Ideas { get; private set; } = [];

    /// <summary>The text messages the city sent this number (the demo's outbox).</summary>
    public IReadOnlyList<string> Inbox { get; private set; } = [];

    /// <summary>The number in E.164 when it reads as one.</summary>
    public string? Normalized => PhoneNumbers.Normalize(Phone);

    /// <summary>Shows the phone.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!accounts.OffersDemoAccounts)
        {
            return NotFound();
        }

        Phone ??= DemoPhones.Resident1;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Dials the USSD code: a new dialogue.</summary>
    public Task<IActionResult> OnPostDialAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        Session = Guid.NewGuid().ToString("N");
        Input = null;
        Screen = await menu.HandleAsync(new UssdRequest(Session, Phone, string.Empty), cancellationToken);
    }, cancellationToken);

    /// <summary>Presses a key: it is added to what is typed (the screen stays).</summary>
    public Task<IActionResult> OnPostKeyAsync(CancellationToken cancellationToken) => RunAsync(() =>
    {
        if (Key is { } key && Keys.Contains(key) && (Input?.Length ?? 0) < MaxInput)
        {
            Input += key;
        }

        Screen = LastScreen();
        return Task.CompletedTask;
    }, cancellationToken);

    /// <summary>Sends what is typed in the open dialogue (or dials, when none is open).</summary>
    public Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        if (string.IsNullOrEmpty(Session))
        {
            Session = Guid.NewGuid().ToString("N");
            Screen = await menu.HandleAsync(new UssdRequest(Session, Phone, string.Empty), cancellationToken);
        }
        else
        {
            Screen = await menu.HandleAsync(new UssdRequest(Session, Phone, Input ?? string.Empty), cancellationToken);
        }

        Input = null;
        if (!Screen.Continues)
        {
            Session = null;
        }
    }, cancellationToken);

    /// <summary>Ends the dialogue.</summary>
    public Task<IActionResult> OnPostHangUpAsync(CancellationToken cancellationToken) => RunAsync(() =>
    {
        Session = null;
        Input = null;
        Screen = null;
        return Task.CompletedTask;
    }, cancellationToken);

    /// <summary>Sends a text message to the city's number; the reply arrives in the inbox.</summary>
    public Task<IActionResult> OnPostSmsAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await sms.ReceiveAsync(new SmsRequest(Phone, Message, Guid.NewGuid().ToString("N")), cancellationToken);
        Message = null;
        Screen = LastScreen();
    }, cancellationToken);

    private async Task<IActionResult> RunAsync(Func<Task> act, CancellationToken cancellationToken)
    {
        if (!accounts.OffersDemoAccounts)
        {
            return NotFound();
        }

        // Values posted back are read as typed; the menu refuses what it cannot use with a screen.
        if (Session is { Length: > 64 })
        {
            Session = null;
        }

        if (Input is { Length: > MaxInput })
        {
            Input = Input[..MaxInput];
        }

        await act();
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    // The dialogue's last screen is not kept by the page: a key press shows the screen the form carried back.
    private UssdReply? LastScreen() =>
        Request.HasFormContentType && Request.Form.TryGetValue("Screen", out var screen) && screen.FirstOrDefault() is { Length: > 0 and <= 400 } text && !string.IsNullOrEmpty(Session)
            ? new UssdReply(text, true)
            : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Normalized is not { } number || await directory.FindAsync(number, cancellationToken) is not { } who)
        {
            return;
        }

        Inbox = [.. outbox.SentTo(number).Select(m => m.Body)];
        var resident = await store.FindAsync(new ResidentByIdSpec(who.Resident), cancellationToken);
        if (resident is null)
        {
            return;
        }

        var ideas = await store.ListAsync(new CitizenIdeasOfNeighbourhoodSpec(resident.NeighbourhoodId, IdeaStatus.Submitted, 0, ListedIdeas), cancellationToken);
        var listed = new List<(int, string)>();
        foreach (var idea in ideas)
        {
            listed.Add((await numbers.NumberOfAsync(who.Municipality, idea.Id, cancellationToken), idea.Title));
        }

        Ideas = listed;
    }
}
