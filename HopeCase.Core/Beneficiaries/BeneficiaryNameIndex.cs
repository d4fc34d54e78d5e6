using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

/// <summary>
/// Keeps <see cref="BeneficiaryNameToken"/> in step with the files: called by <see cref="HopeDb"/> before every save,
/// it writes the tokens of each new or renamed beneficiary in the same transaction as the file itself.
/// </summary>
public static class BeneficiaryNameIndex
{
    internal static void Sync(HopeDb db)
    {
        var changed = db.ChangeTracker.Entries<Beneficiary>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && (e.Property(b => b.NameNormalized).IsModified || e.Property(b => b.NameKey).IsModified)))
            .Select(e => (e.Entity, e.State)).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        var renamed = changed.Where(c => c.State == EntityState.Modified).Select(c => c.Entity.Id).ToList();
        var existing = renamed.Count == 0 ? [] : db.Set<BeneficiaryNameToken>().Where(t => renamed.Contains(t.BeneficiaryId)).ToList()
            .GroupBy(t => t.BeneficiaryId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Position).ToList());
        foreach (var (b, state) in changed)
        {
            var tokens = b.IndexTokens();
            var old = state == EntityState.Modified && existing.TryGetValue(b.Id, out var list) ? list : [];
            for (var p = 0; p < Math.Max(tokens.Count, old.Count); p++)
            {
                if (p < old.Count && p < tokens.Count)
                {
                    old[p].Replace(tokens[p]);
                }
                else if (p < tokens.Count)
                {
                    db.Add(new BeneficiaryNameToken(b, p, tokens[p]));
                }
                else
                {
                    db.Remove(old[p]);
                }
            }
        }
    }

    /// <summary>
    /// Files written before the index existed (no match key yet): keyed and indexed. Run by HopeDatabase.PrepareAsync
    /// only at the start that applies the index's migration (<see cref="HopeDatabase.NameIndexMigrations"/>), not at every start.
    /// </summary>
    public static async Task<int> BackfillAsync(IDbContextFactory<HopeDb> dbs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        var (done, last) = (0, 0);
        while (true)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var batch = await db.Beneficiaries.Where(b => b.NameKey == "" && b.Id > last).OrderBy(b => b.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return done;
            }
            foreach (var b in batch)
            {
                b.Rename(new ArabicName(b.FirstName, b.FatherName, b.GrandfatherName, b.FamilyName), b.LatinName);
            }
            await db.SaveChangesAsync(ct);
            (done, last) = (done + batch.Count, batch[^1].Id);
        }
    }
}
