using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Organisation;

namespace HopeCase.Tests.Web.Organisation;

/// <summary>The organisation page shows the letterhead and policy exactly as the settings hold them.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class OrganisationPageTests : AppComponentTest
{
    [Fact]
    public async Task The_profile_and_policy_come_from_the_settings_with_the_iban_grouped()
    {
        Profile.Phone = "0173221234";
        Profile.BankAr = "مصرف الراجحي";
        Profile.SocialHandles = ["hope_jazan"];
        Intake.Policy.DecisionWindowDays = 10;
        Intake.Policy.CommitteeQuorum = 4;
        await SignInAsync(IntakeWorld.Manager);
        var cut = RenderPage<OrganisationPage>();

        Assert.Equal("SA03 8000 0000 6080 1016 7519", cut.Find("[data-testid=iban]").TextContent.Trim());
        var profile = cut.Find("[data-testid=organisation]").TextContent;
        Assert.Contains("جمعية أمل للأزمات النفسية", profile, StringComparison.Ordinal);
        Assert.Contains("مصرف الراجحي", profile, StringComparison.Ordinal);
        Assert.Contains("@hope_jazan", profile, StringComparison.Ordinal);
        Assert.Contains("0173221234", profile, StringComparison.Ordinal);
        var policy = cut.FindAll("table")[^1].QuerySelectorAll("tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("10", policy["مدة الرد على الطلب (أيام)"]);
        Assert.Equal("4", policy["النصاب اللازم للجنة"]);
    }
}
