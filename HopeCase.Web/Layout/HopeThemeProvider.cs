using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace HopeCase.Web.Layout;

/// <summary>
/// MudBlazor's theme provider whose style sheet (about 12,000 characters of CSS variables, built anew by the library
/// on every render) is one string for the whole app: each open page's circuit kept copies of its own (docs/adr/0032).
/// What is rendered is the library's own output; should a future version render more than markup, it is rendered
/// as the library does.
/// </summary>
public sealed class HopeThemeProvider : MudThemeProvider
{
    // Light and dark of the one theme: a handful of sheets at most; past that, nothing more is kept.
    private const int MostSheets = 8;
    private static readonly ConcurrentDictionary<string, string> Sheets = new(StringComparer.Ordinal);

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        var built = new RenderTreeBuilder();
        base.BuildRenderTree(built);
        var sheet = Markup(built);
        if (sheet is null)
        {
            base.BuildRenderTree(__builder);
            return;
        }
        __builder.AddMarkupContent(0, Sheets.Count < MostSheets ? Sheets.GetOrAdd(sheet, sheet) : Sheets.GetValueOrDefault(sheet, sheet));
    }

    // The frames as one markup string, or null when they hold anything but markup and text.
    private static string? Markup(RenderTreeBuilder built)
    {
        var frames = built.GetFrames();
        var text = new System.Text.StringBuilder();
#pragma warning disable BL0006 // reading the frames just built here, not the renderer's
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames.Array[i];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Markup:
                    text.Append(frame.MarkupContent);
                    break;
                case RenderTreeFrameType.Text:
                    text.Append(WebUtility.HtmlEncode(frame.TextContent));
                    break;
                default:
                    return null;
            }
        }
#pragma warning restore BL0006
        return text.ToString();
    }
}
