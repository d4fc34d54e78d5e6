using System.Text.RegularExpressions;

namespace HopeCase.Core.Messaging;

/// <summary>
/// Staff read what was sent to a beneficiary, but never the survey link in it (issue 10 item 8): with the link a
/// colleague could answer the survey as the beneficiary. The token is replaced before the body leaves Core.
/// </summary>
public static partial class SurveyLinkMask
{
    public const string Hidden = "/survey/••••••";

    public static string Mask(string body) => string.IsNullOrEmpty(body) ? body : Token().Replace(body, Hidden);

    [GeneratedRegex(@"/survey/[A-Za-z0-9_\-~.%]+")]
    private static partial Regex Token();
}
