using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// A search typed as digits: a valid national ID or a Saudi mobile matched exactly, else 4 to 10 digits as the
/// beginning of an ID (a wrong check digit, a half-typed number). The page and its columns are read in one statement
/// from the unique index, in id order, keyset-paged.
/// </summary>
internal static class BeneficiaryNumberSearch
{
    public static async Task<(List<BeneficiaryHit> Hits, SearchCursor? Next)> PageAsync(HopeDb db, string typed, string digits, SearchCursor? after, int take, CancellationToken ct)
    {
        IQueryable<Beneficiary> source = db.Beneficiaries.AsNoTracking();
        if (SaudiNationalId.TryParse(digits, out var id))
        {
            var value = id.Value.Value;
            source = source.Where(b => b.NationalId == value);
        }
        else if (SaudiMobile.TryParse(typed, out var mobile) || SaudiMobile.TryParse(digits, out mobile))
        {
            var intl = mobile.Value.International;
            source = source.Where(b => b.Mobile == intl);
        }
        else if (digits.Length is >= 4 and <= 10)
        {
            var upper = digits[..^1] + (char)(digits[^1] + 1);
            source = source.Where(b => string.Compare(b.NationalId, digits) >= 0 && string.Compare(b.NationalId, upper) < 0);
        }
        else
        {
            return ([], null);
        }
        var afterId = after?.AfterId ?? 0;
        var found = await source.Where(b => b.Id > afterId).OrderBy(b => b.Id).Select(BeneficiaryService.Hit).Take(take + 1).ToListAsync(ct);
        return (found.Take(take).ToList(), found.Count > take ? new SearchCursor(0, found[take - 1].Id) : null);
    }
}
