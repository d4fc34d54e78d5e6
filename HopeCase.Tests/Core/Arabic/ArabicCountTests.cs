using HopeCase.Core.Arabic;
using HopeCase.Core.Committee;

namespace HopeCase.Tests.Core.Arabic;

/// <summary>Issue 14 item 3: one, two, 3–10, 11 and more, and the hundreds, for days, months, sessions and letters.</summary>
public sealed class ArabicCountTests
{
    [Theory]
    [InlineData(1, "يوم واحد")]
    [InlineData(2, "يومان")]
    [InlineData(3, "3 أيام")]
    [InlineData(10, "10 أيام")]
    [InlineData(11, "11 يومًا")]
    [InlineData(14, "14 يومًا")]
    [InlineData(30, "30 يومًا")]
    [InlineData(100, "100 يوم")]
    [InlineData(103, "103 أيام")]
    [InlineData(111, "111 يومًا")]
    public void Days(int n, string expected) => Assert.Equal(expected, ArabicCount.Of(n, ArabicCount.Day));

    [Theory]
    [InlineData(1, "شهر واحد")]
    [InlineData(2, "شهران")]
    [InlineData(3, "3 أشهر")]
    [InlineData(12, "12 شهرًا")]
    public void Months(int n, string expected) => Assert.Equal(expected, ArabicCount.Of(n, ArabicCount.Month));

    [Theory]
    [InlineData(1, "جلسة واحدة")]
    [InlineData(2, "جلستان")]
    [InlineData(6, "6 جلسات")]
    [InlineData(12, "12 جلسة")]
    public void Sessions(int n, string expected) => Assert.Equal(expected, ArabicCount.Of(n, ArabicCount.Session));

    [Theory]
    [InlineData(1, "خطاب واحد")]
    [InlineData(2, "خطابان")]
    [InlineData(7, "7 خطابات")]
    [InlineData(25, "25 خطابًا")]
    public void Letters(int n, string expected) => Assert.Equal(expected, ArabicCount.Of(n, ArabicCount.Letter));

    [Fact]
    public void The_acceptance_letter_says_3_months_in_the_plural()
    {
        var d = new CommitteeDecision(1, 1, new DecisionInput(DecisionKind.Accepted, "جلسات إرشاد", SessionCount: 6, DurationMonths: 3), DateTimeOffset.UnixEpoch, "u", "x");
        var text = CommitteeService.AcceptedSummary(d);
        Assert.Contains("المدة: 3 أشهر", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3 شهر", text, StringComparison.Ordinal);
    }
}
