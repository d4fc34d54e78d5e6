using HopeCase.Core.Arabic;

namespace HopeCase.Tests.Core.Arabic;

public class ArabicTextTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إحمد", "احمد")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلله", "الله")]
    [InlineData("فاطمة", "فاطمه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("مُحَمَّد", "محمد")]           // harakat and shadda
    [InlineData("محـــمد", "محمد")]           // tatweel
    [InlineData("عَلِيٌّ", "علي")]              // tanween
    [InlineData("  نورة   بنت\tعلي \n", "نوره بنت علي")]
    [InlineData("١٢٣٤٥٦٧٨٩٠", "1234567890")]
    [InlineData("۱۲۳۴۵۶۷۸۹۰", "1234567890")]
    [InlineData("Ahmed ALI", "ahmed ali")]
    [InlineData("عبد\u200Fالله", "عبدالله")]   // a stray direction mark
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Normalises_for_search(string? input, string expected) => Assert.Equal(expected, ArabicText.Normalize(input));

    [Fact]
    public void Spelling_variants_of_one_name_meet()
    {
        var forms = new[] { "أحمد", "احمد", "إحمد", "أَحْمَد", "اْحمـد" };
        Assert.Single(forms.Select(ArabicText.Normalize).Distinct());
        Assert.Equal(ArabicText.Normalize("فاطمة الزهراء"), ArabicText.Normalize("فاطمه الزّهراء"));
    }

    [Fact]
    public void Different_names_stay_different()
    {
        Assert.NotEqual(ArabicText.Normalize("أحمد"), ArabicText.Normalize("محمد"));
        Assert.NotEqual(ArabicText.Normalize("سعد"), ArabicText.Normalize("سعيد"));
    }
}
