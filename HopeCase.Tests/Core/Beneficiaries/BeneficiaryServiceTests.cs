using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Beneficiaries;

public sealed class BeneficiaryServiceTests
{
    [Fact]
    public async Task An_existing_id_is_refused_with_the_existing_file()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var first = await w.NewBeneficiaryAsync(1);
        var again = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, IntakeWorld.Person(IntakeWorld.NationalId(1), "محمود", mobile: "0559999999"), acknowledgeWarnings: true);
        Assert.False(again.Saved);
        Assert.Equal(["NationalId.Exists"], again.Errors);
        Assert.Equal(first, again.Duplicates!.SameId!.Id);
    }

    [Fact]
    public async Task A_shared_mobile_warns_and_saves_once_acknowledged()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, IntakeWorld.Person(IntakeWorld.NationalId(1), mobile: "0551112222"), true);
        var sibling = IntakeWorld.Person(IntakeWorld.NationalId(2), "سارة", mobile: "+966551112222", birth: new DateOnly(1995, 2, 2));

        var warned = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, sibling, acknowledgeWarnings: false);
        Assert.False(warned.Saved);
        Assert.Equal(["Duplicates.Unacknowledged"], warned.Errors);
        Assert.Single(warned.Duplicates!.SameMobile);

        var saved = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, sibling, acknowledgeWarnings: true);
        Assert.True(saved.Saved);
    }

    [Fact]
    public async Task A_likely_twin_by_normalised_name_and_birth_date_warns()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, IntakeWorld.Person(IntakeWorld.NationalId(1), "فاطمة", mobile: null), true);
        var twin = IntakeWorld.Person(IntakeWorld.NationalId(2, '2'), "فاطمه", mobile: null);
        var check = await w.Beneficiaries.CheckDuplicatesAsync(IntakeWorld.Officer, twin);
        Assert.Single(check.SameNameAndBirth);
        Assert.Null(check.SameId);
    }

    [Theory]
    [InlineData("احمد")]
    [InlineData("إحمد الزهراني")]
    [InlineData("أَحْمَد")]
    public async Task Search_matches_normalised_spellings(string query)
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.NewBeneficiaryAsync(7, "أحمد");
        await w.NewBeneficiaryAsync(8, "خالد");
        var page = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, query);
        Assert.Equal([id], page.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_by_id_and_by_mobile_in_any_form()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.NewBeneficiaryAsync(3);
        Assert.Equal(id, (await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, IntakeWorld.NationalId(3))).Hits.Single().Id);
        Assert.Equal(id, (await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "+966550000003")).Hits.Single().Id);
        Assert.Equal(id, (await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "٠٥٥٠٠٠٠٠٠٣")).Hits.Single().Id);
    }

    [Fact]
    public async Task Search_pages_by_keyset_without_repeats()
    {
        await using var w = await IntakeWorld.CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            await w.NewBeneficiaryAsync(i, "نورة");
        }
        var first = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "نوره", take: 2);
        var second = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "نوره", first.Next, take: 2);
        var third = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "نوره", second.Next, take: 2);
        var all = first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.Id).ToList();
        Assert.Equal(5, all.Distinct().Count());
        Assert.Null(third.Next);
    }

    [Fact]
    public async Task Invalid_input_is_named_field_by_field()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var bad = IntakeWorld.Person("1234567890", mobile: "0123") with { Name = new("أحمد", "", "علي", "الزهراني") };
        var result = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, bad, true);
        Assert.Contains("NationalId.Invalid", result.Errors);
        Assert.Contains("Mobile.Invalid", result.Errors);
        Assert.Contains("Name.FourParts", result.Errors);
    }

    [Fact]
    public async Task A_service_provider_may_not_search_or_create()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Beneficiaries.SearchAsync(IntakeWorld.Provider, "احمد"));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Beneficiaries.CreateAsync(IntakeWorld.Manager, IntakeWorld.Person(IntakeWorld.NationalId(1)), true));
    }

    [Fact]
    public async Task Creation_records_consent_and_is_audited()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.NewBeneficiaryAsync(4);
        await using var db = await w.Dbs.CreateDbContextAsync();
        var b = await db.Beneficiaries.SingleAsync(x => x.Id == id);
        Assert.True(b.ConsentSms);
        Assert.Equal(w.Clock.GetUtcNow(), b.ConsentRecordedAt);
        Assert.Equal("موظف العلاقات", b.ConsentRecordedBy);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "BeneficiaryCreated" && a.EntityId == id.ToString()));
    }
}
