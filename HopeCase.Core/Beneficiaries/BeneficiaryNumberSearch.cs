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
    // Compiled once: a search by number is the commonest page, and translating its LINQ on every call cost more than
    // the indexed seek itself (issue 12's ratio to the raw statement).
    private static readonly Func<HopeDb, string, int, int, IAsyncEnumerable<BeneficiaryHit>> ById = EF.CompileAsyncQuery(
        (HopeDb db, string id, int afterId, int take) => db.Beneficiaries.AsNoTracking()
            .Where(b => b.NationalId == id && b.Id > afterId).OrderBy(b => b.Id).Select(BeneficiaryService.Hit).Take(take));

    private static readonly Func<HopeDb, string, int, int, IAsyncEnumerable<BeneficiaryHit>> ByMobile = EF.CompileAsyncQuery(
        (HopeDb db, string mobile, int afterId, int take) => db.Beneficiaries.AsNoTracking()
            .Where(b => b.Mobile == mobile && b.Id > afterId).OrderBy(b => b.Id).Select(BeneficiaryService.Hit).Take(take));

    private static readonly Func<HopeDb, string, string, int, int, IAsyncEnumerable<BeneficiaryHit>> ByIdBeginning = EF.CompileAsyncQuery(
        (HopeDb db, string from, string upTo, int afterId, int take) => db.Beneficiaries.AsNoTracking()
            .Where(b => string.Compare(b.NationalId, from) >= 0 && string.Compare(b.NationalId, upTo) < 0 && b.Id > afterId)
            .OrderBy(b => b.Id).Select(BeneficiaryService.Hit).Take(take));

    public static async Task<(List<BeneficiaryHit> Hits, SearchCursor? Next)> PageAsync(HopeDb db, string typed, string digits, SearchCursor? after, int take, CancellationToken ct)
    {
        var afterId = after?.AfterId ?? 0;
        IAsyncEnumerable<BeneficiaryHit> source;
        if (SaudiNationalId.TryParse(digits, out var id))
        {
            source = ById(db, id.Value.Value, afterId, take + 1);
        }
        else if (SaudiMobile.TryParse(typed, out var mobile) || SaudiMobile.TryParse(digits, out mobile))
        {
            source = ByMobile(db, mobile.Value.International, afterId, take + 1);
        }
        else if (digits.Length is >= 4 and <= 10)
        {
            source = ByIdBeginning(db, digits, digits[..^1] + (char)(digits[^1] + 1), afterId, take + 1);
        }
        else
        {
            return ([], null);
        }
        var found = await source.ToListAsync(ct);
        return (found.Take(take).ToList(), found.Count > take ? new SearchCursor(0, found[take - 1].Id) : null);
    }
}
