using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Beneficiaries;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Beneficiaries;

/// <summary>The new-beneficiary form (with its fields component): Arabic refusals, the duplicate warning, and what is saved.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class BeneficiaryEditTests : AppComponentTest
{
    private async Task<IRenderedComponent<BeneficiaryEdit>> NewFormAsync()
    {
        await SignInAsync(IntakeWorld.Officer);
        return RenderPage<BeneficiaryEdit>();
    }

    private static void Fill(IRenderedComponent<BeneficiaryEdit> cut, string nationalId, string mobile, string first = "سارة")
    {
        cut.Find("[data-testid=first-name]").Change(first);
        cut.Find("[data-testid=father-name]").Change("محمد");
        cut.Find("[data-testid=grandfather-name]").Change("علي");
        cut.Find("[data-testid=family-name]").Change("الحازمي");
        cut.Find("[data-testid=national-id]").Change(nationalId);
        cut.Find("[data-testid=birth-date]").Change("1410/05/01");
        cut.Find("[data-testid=mobile]").Change(mobile);
    }

    private async Task<int> CountAsync()
    {
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        return await db.Beneficiaries.CountAsync();
    }

    [Fact]
    public async Task A_wrong_national_id_and_mobile_are_refused_in_arabic_and_nothing_is_saved()
    {
        var cut = await NewFormAsync();
        Fill(cut, "1234567890", "12345");
        cut.Find("form").Submit();

        var errors = cut.WaitForElement("[data-testid=form-errors]").TextContent;
        Assert.Contains("رقم الهوية أو الإقامة غير صحيح", errors, StringComparison.Ordinal);
        Assert.Contains("رقم الجوال غير صحيح", errors, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_mobile_warns_and_saves_only_when_the_officer_says_it_is_someone_else()
    {
        var existing = await Intake.NewBeneficiaryAsync(1);
        var cut = await NewFormAsync();
        Fill(cut, IntakeWorld.NationalId(2), "0550000001");
        cut.Find("form").Submit();

        var warning = cut.WaitForElement("[data-testid=duplicate-warning]");
        Assert.Contains("يوجد مستفيدون محتملون بالبيانات نفسها", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("أحمد محمد علي الزهراني", warning.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync());

        cut.Find("[data-testid=save-anyway]").Click();
        cut.WaitForAssertion(() => Assert.Contains("/beneficiaries/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        var saved = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id != existing);
        Assert.Equal("سارة محمد علي الحازمي", saved.FullName);
        Assert.EndsWith($"/beneficiaries/{saved.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_already_on_file_is_refused_with_a_link_to_that_file()
    {
        var existing = await Intake.NewBeneficiaryAsync(3);
        var cut = await NewFormAsync();
        Fill(cut, IntakeWorld.NationalId(3), "0561112223");
        cut.Find("form").Submit();

        var refusal = cut.WaitForElement("[data-testid=id-exists]");
        Assert.Contains("رقم الهوية مسجَّل مسبقًا لمستفيد آخر", refusal.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/beneficiaries/{existing}", refusal.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=save-anyway]"));
        Assert.Equal(1, await CountAsync());
    }
}
