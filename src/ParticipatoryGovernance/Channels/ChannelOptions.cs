using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Channels;

/// <summary>How the phone channels behave: the session time-out, the screen and message limits, the texts a city sets.</summary>
public sealed class ChannelOptions
{
    /// <summary>
    /// How long a USSD session is kept after its last answer. Networks end an idle USSD dialogue after about three
    /// minutes; a request after that starts on the main menu. Default: 3 minutes.
    /// </summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The most characters of a USSD screen written entirely in the GSM 7-bit alphabet (English screens): 182, the
    /// 160 octets of a USSD string packed seven bits a character (3GPP TS 23.038). Characters of the alphabet's
    /// extension table (such as <c>[</c>, <c>€</c>) count twice.
    /// </summary>
    public int Gsm7ScreenLimit { get; set; } = 182;

    /// <summary>
    /// The most UTF-16 code units of a USSD screen holding any other character (every Persian screen, and an English one
    /// naming a Persian title): the same 160 octets in UCS-2 hold 80 characters. An aggregator that pages longer UCS-2
    /// screens itself may allow more; never set it above 182. Default: 80.
    /// </summary>
    public int Ucs2ScreenLimit { get; set; } = 80;

    /// <summary>
    /// The most UTF-16 code units of one SMS reply part: 70, a single UCS-2 message. Each part is sent as a message of
    /// its own (no concatenation header), so the full 70 units are available. Default: 70.
    /// </summary>
    public int SmsPartLimit { get; set; } = 70;

    /// <summary>The most parts one SMS reply is split into; a longer reply is cut and ends with "…". Default: 4.</summary>
    public int SmsMaxParts { get; set; } = 4;

    /// <summary>
    /// Whether the USSD gateway sends the whole dialogue so far in <c>text</c>, answers joined by <c>*</c> (as Africa's
    /// Talking does), instead of only the latest answer. When true the menu reads the part after the last <c>*</c>.
    /// Default: false.
    /// </summary>
    public bool CumulativeUssdText { get; set; }

    /// <summary>What a number the phone directory does not know is told: how to register. Set it to the city's site and office.</summary>
    public LocalizedText Registration { get; set; } = new(
        "این شماره ثبت نشده است. در سایت شهرداری یا دفتر محله ثبت‌نام کنید.",
        "This number is not registered. Register on the city's site or at your neighbourhood office.");

    /// <summary>The USSD code residents dial, named in the SMS help. Default: <c>*137*333#</c>.</summary>
    public string UssdCode { get; set; } = "*137*333#";
}
