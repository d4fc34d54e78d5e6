using HopeCase.Core.Arabic;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// The duplicate check of <see cref="BeneficiaryService.CheckDuplicatesAsync(Security.Actor, BeneficiaryInput, int?, CancellationToken)"/>
/// for many people at once (an import's rows): per chunk, one query for the IDs, one for the mobiles and one for the
/// birth dates with their name keys, then the same Arabic matching (<see cref="ArabicNames.SamePerson"/>) in memory,
/// and one query for the twins' hits. The answers are those of the one-person check, row for row.
/// </summary>
internal static class BeneficiaryDuplicates
{
    public const int Chunk = 500;

    public static async Task<IReadOnlyList<DuplicateCheck>> CheckManyAsync(IDbContextFactory<HopeDb> dbs, IReadOnlyList<BeneficiaryInput> inputs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var results = new List<DuplicateCheck>(inputs.Count);
        for (var start = 0; start < inputs.Count; start += Chunk)
        {
            results.AddRange(await CheckChunkAsync(db, inputs.Skip(start).Take(Chunk).ToList(), ct));
        }
        return results;
    }

    private static async Task<IEnumerable<DuplicateCheck>> CheckChunkAsync(HopeDb db, List<BeneficiaryInput> chunk, CancellationToken ct)
    {
        var all = db.Beneficiaries.AsNoTracking();
        var ids = chunk.Select(i => SaudiNationalId.TryParse(i.NationalId, out var nid) ? nid.Value.Value : null).ToList();
        var mobiles = chunk.Select(i => SaudiMobile.Normalize(i.Mobile)).ToList();
        var wantedIds = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var wantedMobiles = mobiles.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var wantedDates = chunk.Select(i => i.BirthDate).Distinct().ToList();

        var byId = (await all.Where(b => wantedIds.Contains(b.NationalId)).Select(BeneficiaryService.Hit).ToListAsync(ct))
            .GroupBy(h => h.NationalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byMobile = wantedMobiles.Count == 0 ? [] : (await all.Where(b => b.Mobile != null && wantedMobiles.Contains(b.Mobile)).OrderBy(b => b.Id).Select(BeneficiaryService.Hit).ToListAsync(ct))
            .GroupBy(h => h.Mobile!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Take(20).ToList(), StringComparer.Ordinal);
        // As the one-person check: the first 1000 files born that day, then their match keys.
        var born = (await all.Where(b => wantedDates.Contains(b.BirthDate)).OrderBy(b => b.Id).Select(b => new { b.Id, b.BirthDate, b.NameKey }).ToListAsync(ct))
            .GroupBy(b => b.BirthDate).ToDictionary(g => g.Key, g => g.Take(1000).ToList());
        var twinIds = chunk.Select(i => born.TryGetValue(i.BirthDate, out var same)
            ? same.Where(b => ArabicNames.SamePerson(i.Name.MatchKey, b.NameKey)).Select(b => b.Id).Take(20).ToList() : []).ToList();
        var wantedTwins = twinIds.SelectMany(t => t).Distinct().ToList();
        var twins = wantedTwins.Count == 0 ? [] : await all.Where(b => wantedTwins.Contains(b.Id)).Select(BeneficiaryService.Hit).ToDictionaryAsync(h => h.Id, ct);

        return chunk.Select((_, k) => new DuplicateCheck(
            ids[k] is { } id && byId.TryGetValue(id, out var same) ? same : null,
            mobiles[k] is { } m && byMobile.TryGetValue(m, out var shared) ? shared : [],
            twinIds[k].Order().Select(t => twins[t]).ToList()));
    }
}
