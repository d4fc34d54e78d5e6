using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.DataExchange;
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
public sealed class ListExport(BeneficiaryService beneficiaries, AuditLog audit, IStringLocalizer<Strings> l)
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
        await audit.RecordAsync(actor, "BeneficiariesExported", "Beneficiary", null, $"{format} q={(query.Length > 100 ? query[..100] : query)} rows={rows.Count - 1}", ct);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return format == "csv"
            ? (Spreadsheet.Csv(rows), "text/csv; charset=utf-8", $"beneficiaries-{stamp}.csv")
            : (Spreadsheet.Xlsx([new XlsxSheet(l["Beneficiaries.Nav"], rows)], Cultures.IsRightToLeft(culture)), XlsxType, $"beneficiaries-{stamp}.xlsx");
    }
}
