using System.Net;
using System.Text;

namespace HopeCase.Web.Features.Letters;

public sealed record MailingLabel(string Name, string? Address, string Number);

/// <summary>An A4 sheet of 3 x 7 address labels (70 x 42.3 mm, the common 21-up sheet).</summary>
internal static class LabelSheet
{
    private const string Css = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Noto Naskh Arabic', 'Amiri', serif; font-variant-ligatures: none; font-size: 11pt; }
.sheet { display: grid; grid-template-columns: repeat(3, 70mm); grid-auto-rows: 42.3mm; break-after: page; }
.label { padding: 4mm 5mm; overflow: hidden; direction: rtl; text-align: right; line-height: 1.5; }
.label .name { font-weight: 700; }
.label .addr { white-space: pre-line; }
.label .ref { font-size: 8pt; color: #555; }
""";

    public static string Html(IReadOnlyList<MailingLabel> labels)
    {
        var body = new StringBuilder();
        // Letters without an address were flagged in the print queue; they get no label.
        var printable = labels.Where(l => !string.IsNullOrWhiteSpace(l.Address)).ToList();
        for (var i = 0; i < printable.Count; i += 21)
        {
            body.Append("<div class=\"sheet\">");
            foreach (var l in printable.Skip(i).Take(21))
            {
                body.Append("<div class=\"label\"><div class=\"name\">").Append(WebUtility.HtmlEncode(l.Name))
                    .Append("</div><div class=\"addr\">").Append(WebUtility.HtmlEncode(l.Address))
                    .Append("</div><div class=\"ref\"><bdi dir=\"ltr\">").Append(WebUtility.HtmlEncode(l.Number)).Append("</bdi></div></div>");
            }
            body.Append("</div>");
        }
        return LetterRenderer.Document("ar", Css, body.ToString());
    }
}
