using HopeCase.Core.Arabic;
using HopeCase.Core.Beneficiaries;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Beneficiaries;

/// <summary>
/// The name page has two plans (the rarest word's files ranked once, or tier by tier) and two ways to match a typed
/// beginning (its distinct tokens spelled out, or a range): on the same files every combination gives the same ranked page.
/// </summary>
public sealed class NamePlanTests
{
    private static readonly string[] Queries =
    [
        "سالم علي حسن الشهري", "سالم علي", "سال الشهري", "سالم الشه", "عبدالرح علي", "علي حسن", "حسن الشهري مدخلي", "سالمين علي", "علي القحط",
    ];

    [Fact]
    public async Task Ranked_once_and_tier_by_tier_with_or_without_spelled_out_beginnings_give_the_same_page()
    {
        await using var w = await IntakeWorld.CreateAsync();
        string[] firsts = ["سالم", "سالمين", "سالمة", "عبد الرحمن", "علي"];
        string[] families = ["الشهري", "الشهراني", "الشهري مدخلي", "القحطاني"];
        for (var i = 0; i < 40; i++)
        {
            var input = IntakeWorld.Person(IntakeWorld.NationalId(i + 1), mobile: null) with
            {
                Name = new ArabicName(firsts[i % firsts.Length], i % 3 == 0 ? "علي" : "فهد", i % 2 == 0 ? "حسن" : "ناصر", families[(i / 5) % families.Length]),
            };
            Assert.True((await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, input, acknowledgeWarnings: true)).Saved);
        }
        await using var db = await w.Dbs.CreateDbContextAsync();
        var nonEmpty = 0;
        foreach (var query in Queries)
        {
            var words = ArabicNames.Tokens(query);
            var key = string.Join(' ', words);
            var probe = new BeneficiaryNameSql();
            var probed = Probed.Of(words, (await db.Database.SqlQueryRaw<ProbeRow>(probe.Probe(words, BeneficiaryNameSearch.ProbeCap), probe.Args).ToListAsync()).Select(r => (r.Word, r.Token, r.Count)));
            Assert.Equal(40, probed.Files);
            var order = Enumerable.Range(0, words.Count).OrderBy(i => probed.Counts[i]).Select(i => words[i]).ToList();
            var pages = new List<List<(int, int)>>();
            foreach (var begun in new[] { probed.Begun, null })
            {
                var (ranked, tiered) = (new BeneficiaryNameSql(begun), new BeneficiaryNameSql(begun));
                pages.Add(await PageAsync(db, ranked.Ranked(words, order, key, 0, 0, 100), ranked.Args));
                pages.Add(await PageAsync(db, tiered.Tiered(words, order, key, 0, 0, 100), tiered.Args));
            }
            Assert.All(pages, p => Assert.Equal(pages[0], p));
            // The service's page is the same list, whichever plan it chose.
            var hits = (await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, query, take: 100)).Hits.Select(h => h.Id);
            Assert.Equal(pages[0].Select(p => p.Item2), hits);
            nonEmpty += pages[0].Count > 0 ? 1 : 0;
        }
        Assert.True(nonEmpty >= Queries.Length - 1, "the queries should find files");
    }

    private static async Task<List<(int, int)>> PageAsync(Microsoft.EntityFrameworkCore.DbContext db, string sql, object[] args) =>
        (await db.Database.SqlQueryRaw<Row>(sql, args).ToListAsync()).Select(r => (r.Tier, r.Id)).Order().ToList();

    private sealed class ProbeRow
    {
        public int Word { get; set; }
        public string? Token { get; set; }
        public int? Count { get; set; }
    }

    private sealed class Row
    {
        public int Tier { get; set; }
        public int Id { get; set; }
    }
}
