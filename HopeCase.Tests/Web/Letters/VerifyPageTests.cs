using System.Net;
using HopeCase.Core.Letters;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using HopeCase.Web.Demo;
using HopeCase.Web.Features.Letters;

namespace HopeCase.Tests.Web.Letters;

public sealed class VerifyPageTests(LetterApp app) : IClassFixture<LetterApp>
{
    [Fact]
    public async Task The_public_page_confirms_number_date_and_type_and_shows_no_personal_data()
    {
        var content = SampleLetters.For(LetterType.SupportRequestForm, true, SaudiTime.LocalDate(DateTimeOffset.UtcNow));
        var letter = await app.Letters.IssueAsync(LetterApp.Officer, content with { RecipientName = SampleLetters.Name });
        var response = await app.Factory.NewClient().GetAsync(new Uri("/verify/" + letter.VerifyCode, UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(letter.Number, page, StringComparison.Ordinal);
        Assert.Contains("نموذج طلب دعم", page, StringComparison.Ordinal);
        Assert.Contains(HijriDate.FromGregorian(SaudiTime.LocalDate(letter.IssuedAt)).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " هـ", page, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleLetters.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("الفيفي", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1012345678", page, StringComparison.Ordinal);
        Assert.DoesNotContain("الروضة", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_code_gets_a_plain_404()
    {
        var response = await app.Factory.NewClient().GetAsync(new Uri("/verify/ZZZZ2222", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("الصفحة غير موجودة", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_qr_code_opens_the_verification_page()
    {
        var url = app.Get<LetterRenderer>().VerifyUrl("ABCD2345");
        Assert.Equal("https://www.hope-psy.org.sa/verify/ABCD2345", url);
    }
}
