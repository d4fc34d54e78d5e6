using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Audit;

/// <summary>
/// A search page's audit row is appended without a SaveChanges (AuditAppend), in the page's own transaction: it joins
/// the one chain the saves keep, under the same lock, and goes when its transaction rolls back. On both providers.
/// </summary>
public sealed class SearchAuditChainTests
{
    private static async Task<byte[]> KeyAsync(IntakeWorld w)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        return AuditChainKey.Resolve(null, TestDb.ChainKeyFile(db.Database.GetConnectionString()!, TestDb.Provider));
    }

    [Fact]
    public async Task Searches_reads_and_saves_at_once_leave_one_unbroken_chain_with_an_entry_for_every_page()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var ids = new List<int>();
        for (var n = 1; n <= 3; n++)
        {
            var input = IntakeWorld.Person(IntakeWorld.NationalId(n), mobile: null) with { Name = new ArabicName("عائشة", "سالم", "ناصر", "المالكي") };
            ids.Add((await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, input, acknowledgeWarnings: true)).Id!.Value);
        }
        var key = await KeyAsync(w);
        var before = (await AuditVerifier.VerifyAsync(w.Dbs, key)).Rows;

        // 40 operations, 4 at a time: name searches, ID searches, file reads (a SaveChanges each) and new files.
        var operations = Enumerable.Range(0, 40).Select(i => (i % 4) switch
        {
            0 => (Func<Task>)(() => w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "عايشه المالكي")),
            1 => () => w.Beneficiaries.SearchAsync(IntakeWorld.Officer, IntakeWorld.NationalId(1)),
            2 => () => w.Audit.RecordAsync(IntakeWorld.Officer, "BeneficiaryFileRead", "Beneficiary", ids[i % 3].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => () => w.Beneficiaries.CreateAsync(IntakeWorld.Officer, IntakeWorld.Person(IntakeWorld.NationalId(100 + i), mobile: null), acknowledgeWarnings: true),
        }).ToList();
        await Parallel.ForEachAsync(operations, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (op, _) => await op());

        var verified = await AuditVerifier.VerifyAsync(w.Dbs, key);
        Assert.True(verified.Ok, verified.ToString());
        await using var db = await w.Dbs.CreateDbContextAsync();
        var searches = await db.AuditEntries.AsNoTracking().Where(a => a.Action == "BeneficiarySearch").Select(a => a.Details!).ToListAsync();
        Assert.Equal(20, searches.Count);
        Assert.Equal(10, searches.Count(d => d.StartsWith("shown:3[", StringComparison.Ordinal)));
        Assert.Equal(10, searches.Count(d => d.StartsWith($"shown:1[{ids[0]}]", StringComparison.Ordinal)));
        // Every search entry is masked: the ID searched for is not stored whole.
        Assert.DoesNotContain(searches, d => d.Contains(IntakeWorld.NationalId(1), StringComparison.Ordinal));
        Assert.True(verified.Rows >= before + 40, $"{verified.Rows} rows after {before} and 40 operations");
    }

    [Fact]
    public async Task An_appended_entry_goes_with_its_rolled_back_transaction_and_the_next_one_takes_its_place()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await w.Audit.RecordAsync(IntakeWorld.Officer, "StudyRead", "SupportRequest", "1");
        var key = await KeyAsync(w);
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            await using var tx = await db.Database.BeginWriteAsync();
            await w.Audit.AppendShownAsync(db, IntakeWorld.Officer, "BeneficiarySearch", "Beneficiary", [7, 8], "رجعت");
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "BeneficiarySearch"));
            await tx.RollbackAsync();
        }
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == "BeneficiarySearch"));
            await using var tx = await db.Database.BeginWriteAsync();
            await w.Audit.AppendShownAsync(db, IntakeWorld.Officer, "BeneficiarySearch", "Beneficiary", [9], "بقيت");
            await tx.CommitAsync();
        }
        Assert.Equal("ok 2 rows", (await AuditVerifier.VerifyAsync(w.Dbs, key)).ToString());
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var kept = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "BeneficiarySearch");
            Assert.Equal((2L, "shown:1[9] search:بقيت", IntakeWorld.Officer.UserId), (kept.Seq!.Value, kept.Details!, kept.UserId));
        }
    }

    [Fact]
    public async Task Appending_outside_a_transaction_is_refused()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await using var db = await w.Dbs.CreateDbContextAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => w.Audit.AppendShownAsync(db, IntakeWorld.Officer, "BeneficiarySearch", "Beneficiary", [1]));
    }
}
