namespace HopeCase.Web.Features.Letters;

/// <summary>The letter's style, inlined in every document: no network, no files. Fonts are Debian's Noto Naskh / Amiri.</summary>
internal static class LetterCss
{
    public const string Fonts = "'Noto Naskh Arabic', 'Amiri', serif";

    /// <summary>The letter's Content-Security-Policy (a meta in its head): inline styles and data: images and fonts only.</summary>
    public const string Csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; " +
        "frame-src 'none'; child-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

    public const string Text = """
@page { size: A4; margin: 12mm 14mm 30mm 14mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
/* Optional ligatures off (the joining forms and lam-alef stay, they are required): the font's «الله» ligature glyph
   extracts from the PDF as «اهلل», so the archive could not be searched for «عبدالله»; without it the text copied is
   the text printed. */
body { font-family: 'Noto Naskh Arabic', 'Amiri', serif; font-variant-ligatures: none; font-size: 12.5pt; line-height: 1.75; color: #1b1b1b;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.letter { position: relative; }
/* English letters: a Latin serif first so words and digits share one face; Arabic names still fall to Naskh. */
section.letter[lang=en] { font-family: 'Noto Serif', 'Noto Naskh Arabic', 'Amiri', serif; font-size: 11.5pt; }
section.letter + section.letter { break-before: page; }
bdi, .ltr { unicode-bidi: isolate; }
.head { display: grid; grid-template-columns: 1fr 28mm 1fr; align-items: center; gap: 4mm;
  border-bottom: 2px solid #1f5f5b; padding-bottom: 2mm; }
.head .ar { text-align: right; direction: rtl; }
.head .en { text-align: left; direction: ltr; font-size: 9.5pt; }
.head .name { font-weight: 700; font-size: 13.5pt; color: #1f5f5b; line-height: 1.4; }
.head .en .name { font-size: 11pt; }
.head .sub { font-size: 8.5pt; line-height: 1.45; color: #333; }
.logo { text-align: center; }
.logo img { max-width: 26mm; max-height: 22mm; }
.logo .placeholder { width: 20mm; height: 20mm; margin: auto; border-radius: 50%; border: 1.5px solid #1f5f5b; }
.meta { display: flex; justify-content: space-between; align-items: flex-start; margin: 3mm 0 2mm; }
.meta table { border-collapse: collapse; font-size: 10.5pt; }
.meta th { text-align: start; padding: 0 0 0 3mm; font-weight: 700; color: #1f5f5b; white-space: nowrap; }
[dir=ltr] .meta th { padding: 0 3mm 0 0; }
.meta td { padding: 0 2mm; }
.qr { text-align: center; font-size: 7.5pt; line-height: 1.3; }
.qr img { width: 22mm; height: 22mm; display: block; margin: 0 auto 1mm; }
h1.title { text-align: center; font-size: 15pt; margin: 2mm 0 3mm; color: #1f5f5b; }
.recipient { margin-bottom: 3mm; }
.recipient .addr { font-size: 10.5pt; color: #333; white-space: pre-line; }
.body p { margin: 0 0 2.5mm; text-align: justify; }
.blank { color: #777; letter-spacing: 1px; }
table.grid { width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 11pt; }
table.grid th, table.grid td { border: 1px solid #8aa9a6; padding: 1.5mm 2mm; text-align: start; vertical-align: top; }
table.grid th { background: #e6f0ef; }
table.grid td.fill { height: 9mm; }
.attachments { margin-top: 3mm; font-size: 10.5pt; }
.sign { margin-top: 8mm; display: flex; justify-content: flex-end; }
.sign div { text-align: center; min-width: 60mm; }
.sign .line, .sigline { display: inline-block; min-width: 45mm; border-bottom: 1px dotted #333; height: 8mm; }
.copy-mark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; transform: rotate(-30deg);
  font-size: 64pt; font-weight: 700; color: rgba(180, 30, 30, 0.16); z-index: 10; pointer-events: none; }
.copy-note { text-align: center; font-size: 9pt; color: #b41e1e; border: 1px solid #b41e1e; margin-top: 2mm; padding: 0.5mm; }
.draft-mark { color: rgba(30, 30, 180, 0.12); }
.screen-footer { display: none; }
@media screen {
  body { background: #eee; }
  section.letter { position: relative; background: #fff; width: 210mm; min-height: 297mm; margin: 6mm auto; padding: 12mm 14mm 30mm; box-shadow: 0 0 4px #999; }
  .screen-footer { display: block; position: absolute; bottom: 8mm; left: 14mm; right: 14mm; }
  /* The footer is made for Chromium's page-wide footer band (full width, 14mm margins); inside the page on screen the page gives the margins. */
  .screen-footer > div { width: auto !important; margin: 0 !important; }
  .copy-mark { position: absolute; }
}
/* A preview beside the editor is narrower than A4: shrink the page rather than cut it. */
@media screen and (max-width: 820px) { body { zoom: 0.62; } }
""";
}
