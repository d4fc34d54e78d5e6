using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Data;

/// <summary>
/// Letter and file numbers on both providers, written at once by two "nodes" (two registers, two context factories
/// on the same database, no shared in-process lock): unique, and without a gap even when some writers roll back.
/// </summary>
public sealed class ProviderNumberingTests
{
    public static TheoryData<DataProvider> Providers => new() { DataProvider.Sqlite, DataProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Letters_issued_at_once_from_two_nodes_get_consecutive_numbers(DataProvider provider)
    {
        using var folder = new TempFolder("numbers");
        var settings = TestDb.NewSettings(folder.File("hopecase.db"), provider);
        var nodeA = await TestDb.MigratedAsync(settings);
        var nodeB = TestDb.Factory(settings);
        using var registerA = new LetterRegister(nodeA);
        using var registerB = new LetterRegister(nodeB);
        var content = SampleLetters.For(LetterType.RequestReceipt, true, SaudiTime.LocalDate(DateTimeOffset.UtcNow));
        static Task<byte[]> Render(IssuedNumber n, string code, CancellationToken ct) => Task.FromResult(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4 {n.Text} {code}"));

        var issues = Enumerable.Range(0, 24).Select(i => (i % 2 == 0 ? registerA : registerB)
            .IssueAsync(content, "<p>x</p>", DateTimeOffset.UtcNow, "node", Render));
        var letters = (await Task.WhenAll(issues)).Select(r => r.Letter).ToList();

        Assert.Equal(Enumerable.Range(1, 24), letters.Select(l => l.Sequence).Order());
        Assert.Equal(24, letters.Select(l => l.Number).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task File_numbers_from_concurrent_writers_are_unique_and_a_rollback_leaves_no_gap(DataProvider provider)
    {
        using var folder = new TempFolder("files");
        var settings = TestDb.NewSettings(folder.File("hopecase.db"), provider);
        var nodes = new[] { await TestDb.MigratedAsync(settings), TestDb.Factory(settings) };
        var committed = new System.Collections.Concurrent.ConcurrentBag<int>();

        async Task Write(int i)
        {
            await using var db = await nodes[i % 2].CreateDbContextAsync();
            await using var tx = await db.Database.BeginWriteAsync();
            var number = await Counters.NextFileNumberAsync(db, 1448);
            if (i % 5 == 4)
            {
                await tx.RollbackAsync();
                return;
            }
            await tx.CommitAsync();
            committed.Add(number);
        }
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => Write(i))));

        Assert.Equal(Enumerable.Range(1, 24), committed.Order());
        await using var check = await nodes[0].CreateDbContextAsync();
        Assert.Equal(24, await check.FileSequences.Where(f => f.Year == 1448).Select(f => f.Last).SingleAsync());
    }
}
