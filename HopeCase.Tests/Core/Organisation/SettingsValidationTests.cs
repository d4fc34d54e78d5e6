using HopeCase.Core.Organisation;

namespace HopeCase.Tests.Core.Organisation;

public class SettingsValidationTests
{
    private static OrganisationProfile Letterhead() => new()
    {
        NameAr = "جمعية أمل للأزمات النفسية",
        NameEn = "Hope Association for psychological crises",
        LicenceAr = "مرخصة برقم 5369",
        SupervisorAr = "وزارة الموارد البشرية والتنمية الاجتماعية",
        Phone = "0591955655",
        Email = "hope-psy@outlook.com",
        AddressAr = "جيزان",
        Iban = "SA7305000068204903659000",
    };

    [Fact]
    public void The_letterhead_profile_is_valid() =>
        Assert.True(new OrganisationProfileValidator().Validate(null, Letterhead()).Succeeded);

    [Fact]
    public void A_bad_iban_is_named()
    {
        var profile = Letterhead();
        profile.Iban = "SA7305000068204903659001";
        var result = new OrganisationProfileValidator().Validate(null, profile);
        Assert.True(result.Failed);
        Assert.Contains("Organisation:Iban", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_name_is_named()
    {
        var profile = Letterhead();
        profile.NameAr = " ";
        var result = new OrganisationProfileValidator().Validate(null, profile);
        Assert.True(result.Failed);
        Assert.Contains("Organisation:NameAr", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_defaults_are_the_policys_numbers()
    {
        var policy = new PolicyOptions();
        Assert.Equal(14, policy.DecisionWindowDays);
        Assert.True(new PolicyOptionsValidator().Validate(null, policy).Succeeded);
    }

    [Fact]
    public void Reminders_out_of_order_are_refused()
    {
        var result = new PolicyOptionsValidator().Validate(null, new PolicyOptions { ResearchReminderDay = 12, ChairReminderDay = 11 });
        Assert.True(result.Failed);
        Assert.Contains("Policy:ResearchReminderDay", result.FailureMessage, StringComparison.Ordinal);
    }
}
