namespace HopeCase.Core.Letters;

/// <summary>Settings section <c>Letters</c>.</summary>
public sealed class LetterOptions
{
    public const string Section = "Letters";

    /// <summary>Tokens: {year} and {seq} with an optional .NET number format, e.g. {seq:000000}.</summary>
    public string NumberFormat { get; set; } = "{year}/{seq:000000}";

    /// <summary>Base of the verification link in the QR code; empty means the organisation's website.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
