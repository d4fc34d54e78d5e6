using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.DataExchange;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Web.Hosting;
using Microsoft.Extensions.Localization;

namespace HopeCase.Web.Features.DataExchange;

/// <summary>
/// The beneficiaries' list as .xlsx or .csv, with the search page's filter. Rows come through
/// <see cref="BeneficiaryService.SearchAsync"/>, the method the page itself calls, so its role and record checks apply
/// to the export too; the export is audited with its filter and row count. Dates in both calendars.
/// </summary>
public sealed class ListExport(BeneficiaryService beneficiaries, RequestListRows requests, AuditLog audit, IStringLocalizer<Strings> l)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int MaxRows = 20_000;

    public async Task<(byte[] Bytes, string Type, string Name)?> BeneficiariesAsync(Actor actor, string query, string format, CancellationToken ct = default)
    {
        if (format is not ("xlsx" or "csv"))
        {
            return null;
        }
        Guard.RequireRole(actor, "export beneficiaries", BeneficiaryService.CaseRoles);
        var culture = CultureInfo.CurrentUICulture;
        var rows = new List<IReadOnlyList<object?>>
        {
            new List<object?> { l["Beneficiaries.FullName"].Value, l["Beneficiaries.NationalId"].Value, l["Beneficiaries.Mobile"].Value, l["DataExchange.BirthGregorian"].Value, l["DataExchange.BirthHijri"].Value, l["Beneficiaries.Governorate"].Value, l["Beneficiaries.FileNumber"].Value },
        };
        SearchCursor? after = null;
        do
        {
            var page = await beneficiaries.SearchAsync(actor, query, after, 100, ct);
            rows.AddRange(page.Hits.Select(h => (IReadOnlyList<object?>)new List<object?>
            {
                h.FullName, h.NationalId, h.Mobile, h.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), HijriDate.FromGregorian(h.BirthDate).ToString(), h.Governorate, h.FileNumber,
            }));
            after = page.Next;
        }
        while (after is not null && rows.Count <= MaxRows);
        await audit.RecordAsync(actor, "BeneficiariesExported", "Beneficiary", null, $"{format} q={Core.Audit.AuditText.Term(query)} rows={rows.Count - 1}", ct);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return format == "csv"
            ? (Spreadsheet.Csv(rows), "text/csv; charset=utf-8", $"beneficiaries-{stamp}.csv")
            : (Spreadsheet.Xlsx([new XlsxSheet(l["Beneficiaries.Nav"], rows)], Cultures.IsRightToLeft(culture)), XlsxType, $"beneficiaries-{stamp}.xlsx");
    }

    /// <summary>
    /// A request queue (the page's status, optionally only fast-track) as .xlsx or .csv: the rows and the audit entry
    /// (with the ids written) come from <see cref="RequestListRows"/>, which lets each role export only what it may read.
    /// </summary>
    public async Task<(byte[] Bytes, string Type, string Name)?> RequestsAsync(Actor actor, string status, bool criticalOnly, string format, CancellationToken ct = default)
    {
        if (format is not ("xlsx" or "csv") || !Enum.TryParse<RequestStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return null;
        }
        var culture = CultureInfo.CurrentUICulture;
        var arabic = Cultures.IsRightToLeft(culture);
        var list = await requests.ReadAsync(actor, parsed, criticalOnly, format, ct);
        var rows = new List<IReadOnlyList<object?>>
        {
            new List<object?> { l["Requests.ReferenceNumber"].Value, l["Beneficiaries.FullName"].Value, l["Requests.SupportType"].Value, l["DataExchange.RequestStatus"].Value,
                l["Requests.FastTrack"].Value, l["DataExchange.CreatedGregorian"].Value, l["DataExchange.CreatedHijri"].Value, l["DataExchange.DueGregorian"].Value, l["DataExchange.DueHijri"].Value },
        };
        rows.AddRange(list.Select(r => (IReadOnlyList<object?>)new List<object?>
        {
            r.Reference ?? $"#{r.Id}", r.BeneficiaryName, arabic ? r.TypeAr : r.TypeEn, l[$"Requests.RequestStatus_{r.Status}"].Value,
            r.IsCritical ? l["DataExchange.Yes"].Value : "", Gregorian(r.CreatedAt), Hijri(r.CreatedAt), r.DueAt is { } d ? Gregorian(d) : null, r.DueAt is { } h ? Hijri(h) : null,
        }));
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var name = $"requests-{parsed.ToString().ToLowerInvariant()}-{stamp}";
        return format == "csv"
            ? (Spreadsheet.Csv(rows), "text/csv; charset=utf-8", name + ".csv")
            : (Spreadsheet.Xlsx([new XlsxSheet(l["DataExchange.RequestsSheet"], rows)], arabic), XlsxType, name + ".xlsx");
    }

    private static string Gregorian(DateTimeOffset at) => SaudiTime.LocalDate(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Hijri(DateTimeOffset at) => HijriDate.FromGregorian(SaudiTime.LocalDate(at)).ToString();
}
