using HopeCase.Core.Arabic;

namespace HopeCase.Tests.Core.Arabic;

/// <summary>The RLM goes after a whole Latin/digit run that punctuation follows, and nowhere else.</summary>
public sealed class BidiMarksTests
{
    [Theory]
    [InlineData("شارع 15، مبنى B12، ص.ب 4521", "شارع 15\u200F، مبنى B12\u200F، ص.ب 4521")]
    [InlineData("طلبكم رقم REQ-1448-0042، وتشمل", "طلبكم رقم REQ-1448-0042\u200F، وتشمل")]
    [InlineData("الرقم 0591955655.", "الرقم 0591955655\u200F.")]
    [InlineData("(صورة الهوية 1012345678)", "(صورة الهوية 1012345678\u200F)")]
    [InlineData("REQ-1448-0042 وتشمل", "REQ-1448-0042 وتشمل")]
    [InlineData("1448/06/22هـ", "1448/06/22هـ")]
    [InlineData("رقم {{RequestNumber}}، وبتاريخ", "رقم {{RequestNumber}}، وبتاريخ")]
    [InlineData("A &amp; B", "A &amp; B")]
    [InlineData("خصم 15% للجميع", "خصم 15% للجميع")]
    [InlineData("<script>alert</script>", "<script>alert</script>")]
    [InlineData("عبدالله", "عبدالله")]
    [InlineData("", "")]
    public void Marks_only_runs_before_punctuation(string text, string expected) => Assert.Equal(expected, BidiMarks.ForRtl(text));

    [Theory]
    [InlineData("REQ-1448-0042", true)]
    [InlineData("1448/000001", true)]
    [InlineData("عبدالله", false)]
    [InlineData("جلسات (8)", true)]
    [InlineData("", false)]
    public void Knows_when_a_value_ends_left_to_right(string text, bool expected) => Assert.Equal(expected, BidiMarks.EndsLtr(text));
}
