using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Beneficiaries;

/// <summary>Search on the token index: spellings both ways, pairs that must not meet, ranking, keyset pages, bad input.</summary>
public sealed class NameSearchTests
{
    /// <summary>The first name as stored, and as another officer types it.</summary>
    public static readonly (string Stored, string Typed)[] Pairs =
    [
        ("عبد الرحمن", "عبدالرحمن"), ("عائشة", "عايشة"), ("عائشة", "عايشه"), ("لؤي", "لوي"), ("یوسف", "يوسف"),
        ("کمال", "كمال"), ("أبو بكر", "ابوبكر"), ("عبد الله", "عبدالله"), ("إبراهيم", "ابراهيم"), ("يحيى", "يحيي"),
        ("مُنيرة", "منيره"), ("هيفاء", "هيفا"),
    ];

    /// <summary>A stored first name, and a query that must not find it (a beginning does find longer names: جميل finds جميلة).</summary>
    public static readonly (string Stored, string Typed)[] Apart =
    [
        ("أحمد", "محمد"), ("سعد", "سعيد"), ("حسن", "حسين"), ("عبيدالله", "عبدالله"), ("أمل", "آمال"), ("نور", "نورة"), ("الشهري", "شهري"),
    ];

    private static BeneficiaryInput Named(int n, string first, string father = "سالم", string grandfather = "ناصر", string family = "المالكي",
        DateOnly? birth = null, string? latin = null) =>
        IntakeWorld.Person(IntakeWorld.NationalId(n), mobile: null, birth: birth) with
        {
            Name = new ArabicName(first, father, grandfather, family), LatinName = latin,
        };

    private static async Task<int> AddAsync(IntakeWorld w, BeneficiaryInput input)
    {
        var saved = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, input, acknowledgeWarnings: true);
        Assert.True(saved.Saved, string.Join(",", saved.Errors));
        return saved.Id!.Value;
    }

    private static async Task<List<int>> FindAsync(IntakeWorld w, string query) =>
        (await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, query, take: 100)).Hits.Select(h => h.Id).ToList();

    [Fact]
    public async Task Every_spelling_pair_finds_the_file_both_ways_and_the_apart_pairs_do_not()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var n = 1;
        var stored = new List<(int Id, string Query)>();
        foreach (var (a, b) in Pairs)
        {
            stored.Add((await AddAsync(w, Named(n++, a)), b));
            stored.Add((await AddAsync(w, Named(n++, b)), a));
        }
        var apart = new List<(int Id, string Query)>();
        foreach (var (a, b) in Apart)
        {
            apart.Add((await AddAsync(w, Named(n++, a, "صالح", "فهد", "العتيبي")), b + " العتيبي"));
        }
        foreach (var (id, query) in stored)
        {
            Assert.True((await FindAsync(w, query)).Contains(id), $"«{query}» did not find file {id}");
            Assert.True((await FindAsync(w, query + " سالم المالكي")).Contains(id), $"«{query} سالم المالكي» did not find file {id}");
        }
        foreach (var (id, query) in apart)
        {
            Assert.False((await FindAsync(w, query)).Contains(id), $"«{query}» found file {id}");
        }
    }

    [Fact]
    public async Task The_whole_name_ranks_first_then_every_word_then_partial()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var partial = await AddAsync(w, Named(1, "سالمين", "علي", "حسن", "الشهري"));
        var every = await AddAsync(w, Named(2, "سالم", "علي", "حسن", "الشهري مدخلي"));
        var decoy = await AddAsync(w, Named(3, "سالم", "علي", "حسن", "القحطاني"));
        var whole = await AddAsync(w, Named(4, "سالم", "علي", "حسن", "الشهري"));
        Assert.Equal([whole, every, partial], await FindAsync(w, "سالم علي بن حسن الشهري"));

        var pages = new List<int>();
        SearchCursor? next = null;
        do
        {
            var page = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "سالم علي حسن الشهري", next, take: 1);
            pages.AddRange(page.Hits.Select(h => h.Id));
            next = page.Next;
        }
        while (next is not null && pages.Count < 10);
        Assert.Equal([whole, every, partial], pages);
        Assert.DoesNotContain(decoy, pages);
    }

    [Fact]
    public async Task A_beginning_finds_longer_names_and_a_latin_name_is_searched_too()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await AddAsync(w, Named(1, "عبد الرحمن", latin: "Abdulrahman Al-Shehri"));
        Assert.Equal([id], await FindAsync(w, "عبدالرح"));
        Assert.Equal([id], await FindAsync(w, "abd al-rahman ALSHEHRI"));
        Assert.Equal([id], await FindAsync(w, "el shehri"));
        Assert.Empty(await FindAsync(w, "عب"));
    }

    [Fact]
    public async Task A_renamed_file_is_found_by_its_new_name_only()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await AddAsync(w, Named(1, "خالد"));
        var saved = await w.Beneficiaries.UpdateAsync(IntakeWorld.Officer, id, Named(1, "عبد الإله"));
        Assert.True(saved.Saved, string.Join(",", saved.Errors));
        Assert.Empty(await FindAsync(w, "خالد"));
        Assert.Equal([id], await FindAsync(w, "عبدالاله"));
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.Equal(["عبدالاله", "سالم", "ناصر", "المالكي"], await db.BeneficiaryNameTokens.Where(t => t.BeneficiaryId == id).OrderBy(t => t.Position).Select(t => t.Token).ToListAsync());
    }

    public static TheoryData<string> BadQueries => new()
    {
        "\"", "\"\"محمد\"", "'", "%", "%%", "_", "__", "*", "محمد*", "NEAR(محمد سالم)", "محمد OR سالم", "AND", "-محمد", "^سالم", "محمد NOT",
        new string('م', 1000), string.Concat(Enumerable.Repeat("سالم ", 200)), "ًٌٍَُِّْ", "      ", "\t\n", "سالم Salem ١٢٣", "1000000002", "123",
        "0500000000", "+", "٠", "\u200F\u200E", "'; DROP TABLE Beneficiaries; --", "ﷲ", "😀 سالم",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Any_text_gives_a_page_or_none_never_an_error(string query)
    {
        await using var w = await IntakeWorld.CreateAsync();
        await AddAsync(w, Named(1, "سالم"));
        var page = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, query);
        Assert.True(page.Hits.Count <= 20);
        if (query.Trim('%', '_', '*', '"', '\'', ' ', '+') is "")
        {
            Assert.Empty(page.Hits); // wildcards are not wildcards
        }
        await using var db = await w.Dbs.CreateDbContextAsync();
        Assert.True(await db.Beneficiaries.AnyAsync());
        var audited = await db.AuditEntries.Where(a => a.Action == "BeneficiarySearch").Select(a => a.Details).SingleAsync();
        Assert.StartsWith($"shown:{page.Hits.Count}[", audited, StringComparison.Ordinal);
        Assert.True(SearchPart(audited).Length <= AuditText.MaxLength);
    }

    [Fact]
    public async Task The_audited_query_masks_a_national_id_and_is_cut()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var nid = IntakeWorld.NationalId(7);
        await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, nid);
        await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "سالم " + nid[..5] + " " + nid[5..]);
        await using var db = await w.Dbs.CreateDbContextAsync();
        var details = (await db.AuditEntries.Where(a => a.Action == "BeneficiarySearch").OrderBy(a => a.Id).Select(a => a.Details!).ToListAsync()).Select(SearchPart).ToList();
        Assert.Equal("********" + nid[^2..], details[0]);
        Assert.DoesNotContain(nid[..5], details[1]);
        Assert.EndsWith(nid[^2..], details[1]);
        Assert.Equal(AuditText.MaxLength, AuditText.Term(new string('س', 1000)).Length);
    }

    /// <summary>The search text of an audited search (its details are "shown:N[ids] search:TEXT").</summary>
    private static string SearchPart(string? details)
    {
        var at = (details ?? "").IndexOf(" search:", StringComparison.Ordinal);
        return at < 0 ? "" : details![(at + " search:".Length)..];
    }
}
