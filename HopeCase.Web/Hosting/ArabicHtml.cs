using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace HopeCase.Web.Hosting;

/// <summary>
/// Pages send Arabic as characters: the default encoder writes every letter outside Basic Latin as an 8-byte
/// &amp;#x…; reference. HTML's own characters (&lt; &gt; &amp; quotes) are still encoded.
/// </summary>
internal static class ArabicHtml
{
    private static readonly UnicodeRange[] Ranges =
    [
        UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.GeneralPunctuation,
        UnicodeRanges.Arabic, UnicodeRanges.ArabicSupplement, UnicodeRanges.ArabicExtendedA,
        UnicodeRanges.ArabicPresentationFormsA, UnicodeRanges.ArabicPresentationFormsB,
    ];

    public static void AddArabicHtml(this IServiceCollection services)
    {
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(Ranges));
        services.Replace(ServiceDescriptor.Singleton(HtmlEncoder.Create(Ranges)));
    }
}
