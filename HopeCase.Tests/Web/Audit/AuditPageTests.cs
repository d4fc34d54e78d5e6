using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Audit;

namespace HopeCase.Tests.Web.Audit;

/// <summary>The audit trail: who did what, newest first, for managers and admins only.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class AuditPageTests : AppComponentTest
{
    [Fact]
    public async Task A_manager_sees_who_created_and_read_a_file_newest_first()
    {
        var id = await Intake.NewBeneficiaryAsync(1);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Intake.Audit.RecordAsync(IntakeWorld.Manager, "BeneficiaryRead", "Beneficiary", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SignInAsync(IntakeWorld.Manager);
        var cut = RenderPage<AuditPage>();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=audit] tbody tr").Count));
        var rows = cut.FindAll("[data-testid=audit] tbody tr").Select(r => r.TextContent).ToList();
        // The officer's save checked for duplicates first (a lookup, audited), then created the file; the manager read it last.
        Assert.Equal(3, rows.Count);
        Assert.Contains("BeneficiaryRead", rows[0], StringComparison.Ordinal);
        Assert.Contains("المدير", rows[0], StringComparison.Ordinal);
        Assert.Contains("BeneficiaryCreated", rows[1], StringComparison.Ordinal);
        Assert.Contains("موظف العلاقات", rows[1], StringComparison.Ordinal);
        Assert.Contains($"Beneficiary {id}", rows[1], StringComparison.Ordinal);
        Assert.Contains("BeneficiaryDuplicatesShown", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relations_officer_is_refused_the_trail()
    {
        await Intake.NewBeneficiaryAsync(1);
        await SignInAsync(IntakeWorld.Officer);
        await AssertRefusedAsync<AuditPage>();
    }
}
