using Bunit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Beneficiaries;

namespace HopeCase.Tests.Web.Beneficiaries;

/// <summary>Issue 14 item 5: the timeline names a request by the reference every other page uses, never «#21».</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class TimelineReferenceTests : AppComponentTest
{
    [Fact]
    public async Task The_timeline_shows_the_reference_of_a_submitted_request()
    {
        var id = await World.SubmittedAsync();
        var request = await World.RequestAsync(id);
        Assert.Matches(@"^\d{4}-\d{6}$", request.Reference);
        var files = new BeneficiaryFileService(World.Intake.Dbs, World.Intake.Audit);
        var items = await files.TimelineAsync(IntakeWorld.Officer, request.BeneficiaryId);

        var cut = Render<Timeline>(p => p.Add(x => x.Items, items));
        Assert.Contains($"الطلب \u2066{request.Reference}\u2069: مقدَّم", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{id}", cut.Markup, StringComparison.Ordinal);
    }
}
