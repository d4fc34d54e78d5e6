using Bunit;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Beneficiaries;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Web.Beneficiaries;

/// <summary>The staff search page: a search that waits shows its progress bar, and the bar goes with the results.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class SearchPageTests : AppComponentTest
{
    [Fact]
    public async Task A_search_that_waits_shows_the_progress_bar_until_its_results_are_shown()
    {
        await Intake.NewBeneficiaryAsync(1, "سارة");
        await SignInAsync(IntakeWorld.Officer);
        var cut = RenderPage<Search>();

        // Another writer holds the write lock (on PostgreSQL the audit chain's lock), so the search's audited page waits.
        await using var db = await Intake.Dbs.CreateDbContextAsync();
        var held = await db.Database.BeginWriteAsync();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(AuditChainInterceptor.ChainLock);
        }
        cut.Find("[data-testid=search-box]").Change("سارة");
        cut.Find("form").Submit();

        cut.WaitForElement("[role=progressbar]", TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[data-testid=hits]"));

        await held.RollbackAsync();
        await held.DisposeAsync();
        var hits = cut.WaitForElement("[data-testid=hits]", TimeSpan.FromSeconds(30));
        Assert.Contains("سارة", hits.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[role=progressbar]"));
    }
}
