using Bunit;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Deadlines;

namespace HopeCase.Tests.Web.Deadlines;

/// <summary>The days-left chip: Arabic counts days with a different word for one, two, three to ten, and eleven or more.</summary>
public sealed class DaysLeftTests : ComponentTestBase
{
    [Theory]
    [InlineData(1.5, "متبقٍ يوم واحد", "amber")]
    [InlineData(2.2, "متبقٍ يومان", "amber")]
    [InlineData(3.9, "متبقٍ 3 أيام", "amber")]
    [InlineData(10.0, "متبقٍ 10 أيام", "green")]
    [InlineData(11.0, "متبقٍ 11 يومًا", "green")]
    [InlineData(0.4, "أقل من يوم", "red")]
    [InlineData(-0.5, "متأخر يومًا واحدًا", "red")]
    [InlineData(-2.0, "متأخر يومين", "red")]
    [InlineData(-5.0, "متأخر 5 أيام", "red")]
    [InlineData(-12.0, "متأخر 12 يومًا", "red")]
    public void Arabic_uses_the_right_plural_and_colour(double days, string words, string level)
    {
        var chip = Render<DaysLeft>(p => p.Add(x => x.Days, days)).Find("[data-testid=days-left]");
        Assert.Equal(words, chip.TextContent.Trim());
        Assert.Equal(level, chip.GetAttribute("data-level"));
    }

    [Fact]
    public void A_request_waiting_for_the_beneficiary_says_paused_instead_of_counting()
    {
        var chip = Render<DaysLeft>(p => p.Add(x => x.Days, -3.0).Add(x => x.Paused, true)).Find("[data-testid=days-left]");
        Assert.Equal("متوقف بانتظار المستفيد", chip.TextContent.Trim());
    }

    [Fact]
    public void No_due_date_shows_no_chip()
    {
        Assert.Empty(Render<DaysLeft>(p => p.Add(x => x.Days, (double?)null)).FindAll("[data-testid=days-left]"));
    }
}
