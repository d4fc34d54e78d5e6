using HopeCase.Core.Arabic;

namespace HopeCase.Tests.Core.Arabic;

/// <summary>The spelling pairs officers type (docs/arabic-matching.md): each must meet, both ways; the other list must not.</summary>
public class ArabicNamesTests
{
    public static TheoryData<string, string> SamePairs => new()
    {
        { "عبد الرحمن علي حسن الشهري", "عبدالرحمن علي حسن الشهري" },
        { "عبد الله", "عبدالله" },
        { "عبد العزيز", "عبدالعزيز" },
        { "أبو بكر", "أبوبكر" },
        { "ابو بكر", "أبوبكر" },
        { "عائشة", "عايشة" },
        { "عائشة", "عايشه" },
        { "لؤي", "لوي" },
        { "یوسف", "يوسف" },
        { "کمال", "كمال" },
        { "فاطمۀ", "فاطمة" },
        { "فاطمە", "فاطمه" },
        { "إبراهيم", "ابراهيم" },
        { "آمنة", "امنه" },
        { "يحيى", "يحيي" },
        { "موسى", "موسي" },
        { "مُحَمَّد", "محمد" },
        { "محـــمد", "محمد" },
        { "نورة بنت علي", "نوره علي" },
        { "خالد بن سعد", "خالد سعد" },
        { "آل سعود", "آلسعود" },
        { "ﻋﻠﻲ", "علي" },                 // presentation forms
        { "عبد\u200Cالله", "عبدالله" },     // zero-width non-joiner
        { "هيفاء", "هيفا" },
        { "Al-Shehri", "al shehri" },
        { "Al-Shehri", "ALSHEHRI" },
        { "El-Shehri", "Al Shehri" },
        { "Abdul Rahman", "Abdulrahman" },
        { "Abdel-Rahman", "Abd Al-Rahman" },
        { "Abdurrahman", "Abdulrahman" },
        { "Abdullah", "Abd Allah" },
        { "Abu Bakr", "Abou-Bakr" },
        { "Muhammad bin Salman", "muhammad salman" },
        { "José", "jose" },
        { "٠٥٥١٢٣", "055123" },
    };

    public static TheoryData<string, string> DifferentPairs => new()
    {
        { "أحمد", "محمد" },
        { "سعد", "سعيد" },
        { "حسن", "حسين" },
        { "عبدالله", "عبيدالله" },
        { "عبدالله", "عبدالرحمن" },
        { "أمل", "آمال" },
        { "نور", "نورة" },
        { "الشهري", "شهري" },             // the article is part of the family name
        { "جميل", "جميلة" },
        { "محمد", "Mohammed" },            // no transliteration between scripts
        { "Mohammed", "Muhammad" },        // no Latin sound-alikes
        { "فاطمة", "فاطمت" },
        { "علي", "عليا" },
    };

    [Theory]
    [MemberData(nameof(SamePairs))]
    public void Spellings_of_one_name_meet_both_ways(string a, string b)
    {
        Assert.Equal(ArabicNames.Key(a), ArabicNames.Key(b));
        Assert.True(ArabicNames.SamePerson(ArabicNames.Key(a), ArabicNames.Key(b)));
        Assert.True(ArabicNames.SamePerson(ArabicNames.Key(b), ArabicNames.Key(a)));
    }

    [Theory]
    [MemberData(nameof(DifferentPairs))]
    public void Different_names_stay_apart_both_ways(string a, string b)
    {
        Assert.NotEqual(ArabicNames.Key(a), ArabicNames.Key(b));
        Assert.False(ArabicNames.SamePerson(ArabicNames.Key(a), ArabicNames.Key(b)));
        Assert.False(ArabicNames.SamePerson(ArabicNames.Key(b), ArabicNames.Key(a)));
    }

    [Fact]
    public void A_three_part_name_may_be_the_four_part_one_but_not_with_another_family()
    {
        var four = ArabicNames.Key("عبدالله علي حسن الشهري");
        Assert.True(ArabicNames.SamePerson(ArabicNames.Key("عبد الله علي الشهري"), four));
        Assert.False(ArabicNames.SamePerson(ArabicNames.Key("عبدالله علي حسن القحطاني"), four));
        Assert.False(ArabicNames.SamePerson(ArabicNames.Key("علي حسن الشهري"), four));
        Assert.False(ArabicNames.SamePerson(ArabicNames.Key("عبدالله"), four));
    }

    [Fact]
    public void Compounds_are_one_token_and_particles_are_left_out()
    {
        Assert.Equal(["عبدالرحمن", "علي", "حسن", "الشهري"], ArabicNames.Tokens("عبد الرحمن بن علي بن حسن الشهري"));
        Assert.Equal(["ابوبكر", "سالم"], ArabicNames.Tokens("أبو بكر سالم"));
        Assert.Equal(["abdrahman", "alshehri"], ArabicNames.Tokens("Abdul-Rahman bin Al-Shehri"));
    }

    [Theory]
    [InlineData("\"'%_*^")]
    [InlineData("ً ٌ ٍ َ ُ ِ ّ ْ")]
    [InlineData("      ")]
    [InlineData("ـــ")]
    [InlineData(null)]
    public void Text_with_no_letters_has_no_tokens(string? text) => Assert.Empty(ArabicNames.Tokens(text));

    [Fact]
    public void A_long_text_gives_a_bounded_number_of_bounded_tokens()
    {
        var tokens = ArabicNames.Tokens(string.Join(' ', Enumerable.Range(0, 300).Select(i => "كلمة" + i)) + " " + new string('ب', 1000));
        Assert.Equal(ArabicNames.MaxTokens, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.Length <= ArabicNames.MaxTokenLength));
        Assert.Single(ArabicNames.Tokens(new string('ب', 1000)), t => t.Length == ArabicNames.MaxTokenLength);
    }
}
