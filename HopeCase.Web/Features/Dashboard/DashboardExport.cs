using System.Globalization;
using System.Net;
using System.Text;
using HopeCase.Core.Audit;
using HopeCase.Core.Dashboard;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Web.Features.Letters;
using HopeCase.Web.Hosting;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Features.Dashboard;

/// <summary>
/// The dashboard as a right-to-left Excel workbook and as a PDF printed by the letter engine. Only figures and the
/// overdue list go out: no survey answer leaves as a row, so an anonymous answer cannot be traced in an export.
/// </summary>
public sealed class DashboardExport(DashboardService dashboard, PdfEngine pdf, AuditLog audit, IStringLocalizer<Strings> l)
{
    public async Task<byte[]> ExcelAsync(Actor actor, DashboardPeriod period, CancellationToken ct = default)
    {
        var (summary, overdue) = await TablesAsync(actor, period, ct);
        await audit.RecordAsync(actor, "DashboardExported", "Dashboard", null, $"xlsx {period}", ct);
        var rtl = Cultures.IsRightToLeft(CultureInfo.CurrentUICulture);
        return Spreadsheet.Xlsx([new XlsxSheet(l["Dashboard.ExportSheetSummary"], summary), new XlsxSheet(l["Dashboard.ExportSheetOverdue"], overdue)], rtl);
    }

    public async Task<byte[]> PdfAsync(Actor actor, DashboardPeriod period, CancellationToken ct = default)
    {
        var (summary, overdue) = await TablesAsync(actor, period, ct);
        await audit.RecordAsync(actor, "DashboardExported", "Dashboard", null, $"pdf {period}", ct);
        var rtl = Cultures.IsRightToLeft(CultureInfo.CurrentUICulture);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{(rtl ? "ar" : "en")}\" dir=\"{(rtl ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\"><style>");
        html.Append("body{font-family:'Noto Naskh Arabic','Noto Sans Arabic','Amiri',sans-serif;font-size:11pt}h1{font-size:16pt}table{border-collapse:collapse;width:100%;margin-bottom:12pt}td,th{border:1px solid #bbb;padding:3pt 6pt;text-align:start}tr.section td{background:#e8f0ef;font-weight:bold}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Enc(l["Dashboard.Title"])}</h1>");
        AppendTable(html, summary);
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Enc(l["Dashboard.ExportSheetOverdue"])}</h2>");
        AppendTable(html, overdue);
        html.Append("</body></html>");
        return await pdf.PrintAsync(html.ToString(), new PrintLayout(null), ct);
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        html.Append("<table>");
        foreach (var row in rows)
        {
            var section = row.Count == 1;
            html.Append(section ? "<tr class=\"section\">" : "<tr>");
            foreach (var cell in row)
            {
                var text = cell is double d ? d.ToString("0.0", CultureInfo.InvariantCulture) : Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";
                html.Append(CultureInfo.InvariantCulture, $"<td{(section ? " colspan=\"6\"" : "")}><bdi>{Enc(text)}</bdi></td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table>");
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private async Task<(List<IReadOnlyList<object?>> Summary, List<IReadOnlyList<object?>> Overdue)> TablesAsync(Actor actor, DashboardPeriod period, CancellationToken ct)
    {
        var d = await dashboard.BuildAsync(actor, period, ct);
        var overdueRows = await dashboard.DrillAsync(actor, period, new DrillQuery(DrillKind.Overdue), ct);
        var culture = CultureInfo.CurrentUICulture;
        var arabic = Cultures.IsRightToLeft(culture);
        var s = new List<IReadOnlyList<object?>>
        {
            Row(l["Dashboard.Title"], $"{DualDate.Numeric(period.From, culture)} - {DualDate.Numeric(period.To, culture)}"),
            Row(l["Dashboard.SectionSatisfaction"]),
            Row(l["Dashboard.Responses"], d.Overall.Responses),
            Row(l["Dashboard.Csat"], d.Overall.CsatPercent),
            Row(l["Dashboard.Nps"], d.Overall.Nps),
            Row(l["Dashboard.ResponseRate"], d.ResponseRatePercent),
            Row(l["Dashboard.InvitationsSent"], d.Invitations),
            Row(l["Dashboard.InvitationsAnswered"], d.InvitationsAnswered),
            Row(l["Dashboard.StaffRecorded"], d.StaffRecordedAnswers),
            Row(l["Surveys.Question_Overall"], d.Overall.AvgOverall),
            Row(l["Surveys.Question_Courtesy"], d.Overall.AvgCourtesy),
            Row(l["Surveys.Question_Clarity"], d.Overall.AvgClarity),
            Row(l["Surveys.Question_Speed"], d.Overall.AvgSpeed),
            Row(l["Surveys.Question_Ease"], d.Overall.AvgEase),
            Row(l["Surveys.Question_Recommend"], d.Overall.AvgRecommend),
            Row(l["Dashboard.SectionTrend"]),
            Row(l["Dashboard.Month"], l["Dashboard.Responses"], l["Dashboard.Csat"], l["Dashboard.Nps"]),
        };
        s.AddRange(d.Trend.Select(t => Row(DashboardFormat.Month(t), t.Figures.Responses, t.Figures.CsatPercent, t.Figures.Nps)));
        s.Add(Row(l["Dashboard.SectionByChannel"]));
        s.Add(Row(l["Feedback.Channel"], l["Dashboard.Responses"], l["Dashboard.Csat"], l["Surveys.Question_Overall"], l["Dashboard.Nps"]));
        s.AddRange(d.ByChannel.Select(g => Row(l[$"Contacts.ContactChannel_{g.Key}"], g.Figures.Responses, g.Figures.CsatPercent, g.Figures.AvgOverall, g.Figures.Nps)));
        s.Add(Row(l["Dashboard.SectionByType"]));
        s.AddRange(d.BySupportType.Select(g => Row(arabic ? g.NameAr : g.NameEn, g.Figures.Responses, g.Figures.CsatPercent, g.Figures.AvgOverall, g.Figures.Nps)));
        if (d.ByProvider is { } staff)
        {
            s.Add(Row(l["Dashboard.SectionByProvider"] + " - " + l["Dashboard.CoachingAid"]));
            s.AddRange(staff.Select(p => p.Hidden ? Row(p.Name, l["Dashboard.NotEnoughResponses"].Value) : Row(p.Name, p.Responses, p.CsatPercent, p.AvgOverall)));
        }
        s.Add(Row(l["Dashboard.SectionRequestsByChannel"]));
        s.AddRange(d.RequestsByChannel.Select(c => Row(l[$"Contacts.ContactChannel_{c.Channel}"], c.Count)));
        s.Add(Row(l["Dashboard.SectionWindow"]));
        s.Add(Row(l["Dashboard.Submitted"], d.Window.Submitted));
        s.Add(Row(l["Dashboard.Decided"], d.Window.Decided));
        s.Add(Row(l["Dashboard.DecidedInTime"], d.Window.DecidedInTime));
        s.Add(Row(l["Dashboard.Late"], d.Window.Late));
        s.Add(Row(l["Dashboard.InTimeShare"], d.Window.InTimePercent));
        s.Add(Row(l["Dashboard.MedianDays"], d.Window.MedianDaysToDecision));
        s.AddRange(d.Window.OpenByDaysLeft.Select(b => Row(l[$"Dashboard.DaysLeft_{Key(b.Key)}"], b.Count)));
        s.Add(Row(l["Dashboard.SectionCommittee"]));
        s.AddRange(d.CommitteeDecisionsByMonth.Select(b => Row(b.Key, b.Count)));
        s.Add(Row(l["Dashboard.SectionComplaintsAge"]));
        s.AddRange(d.OpenComplaintsByAge.Select(b => Row(l[$"Dashboard.ComplaintAge_{Key(b.Key)}"], b.Count)));

        var o = new List<IReadOnlyList<object?>> { Row(l["Shell.Reference"], l["Dashboard.SupportType"], l["Dashboard.Status"], l["Feedback.DueDate"]) };
        o.AddRange(overdueRows.Select(r => Row(r.Reference, Part(r.Title, arabic), l[$"Requests.RequestStatus_{r.Detail}"], r.At is { } at ? DualDate.Numeric(at, culture) : "")));
        return (s, o);
    }

    /// <summary>"0-2" → "0_2", "7+" → "7plus": the resource key of a bucket.</summary>
    public static string Key(string bucket) => bucket.Replace("-", "_", StringComparison.Ordinal).Replace("+", "plus", StringComparison.Ordinal);

    /// <summary>"Arabic|English" → the half for the page's language.</summary>
    public static string Part(string both, bool arabic)
    {
        var i = (both ?? "").IndexOf('|', StringComparison.Ordinal);
        return i < 0 ? both ?? "" : arabic ? both![..i] : both![(i + 1)..];
    }

    private static List<object?> Row(params object?[] cells) => cells.Select(c => c is LocalizedString ls ? ls.Value : c).ToList();
}
