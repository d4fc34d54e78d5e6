using HopeCase.Core.Beneficiaries;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Beneficiaries;

/// <summary>The duplicate warning meets the same person typed another way (with the same birth date), both ways.</summary>
public sealed class DuplicateNameTests
{
    public static TheoryData<string, string> SamePerson => new()
    {
        { "عبد الله سالم ناصر المالكي", "عبدالله سالم ناصر المالكي" },
        { "أبو بكر سالم ناصر المالكي", "أبوبكر سالم ناصر المالكي" },
        { "عائشة سالم ناصر المالكي", "عايشه سالم ناصر المالكي" },
        { "لؤي سالم ناصر المالكي", "لوي سالم ناصر المالكي" },
        { "یوسف کمال ناصر المالكي", "يوسف كمال ناصر المالكي" },
        { "عبد الرحمن علي حسن الشهري", "عبدالرحمن علي بن حسن الشهري" },
        { "فاطمة سالم ناصر آل سعود", "فاطمه سالم ناصر آلسعود" },
        { "مُحَمَّد سالم ناصر المالكي", "محمد سالم ناصر المالكي" },
    };

    public static TheoryData<string, string> OtherPeople => new()
    {
        { "أحمد سالم ناصر المالكي", "محمد سالم ناصر المالكي" },
        { "سعد سالم ناصر المالكي", "سعيد سالم ناصر المالكي" },
        { "عبدالله سالم ناصر المالكي", "عبدالرحمن سالم ناصر المالكي" },
        { "عبدالله سالم ناصر المالكي", "عبدالله سالم ناصر القحطاني" },
        { "نورة سالم ناصر المالكي", "نور سالم ناصر المالكي" },
        { "حسن سالم ناصر المالكي", "حسين سالم ناصر المالكي" },
    };

    private static BeneficiaryInput Input(int n, string full, DateOnly birth)
    {
        var parts = full.Split(' ');
        var name = new ArabicName(string.Join(' ', parts[..^3]), parts[^3], parts[^2], parts[^1]);
        return IntakeWorld.Person(IntakeWorld.NationalId(n), mobile: null, birth: birth) with { Name = name };
    }

    private static async Task<IReadOnlyList<BeneficiaryHit>> TwinsAsync(string stored, string typed, DateOnly typedBirth)
    {
        await using var w = await IntakeWorld.CreateAsync();
        var first = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, Input(1, stored, new DateOnly(1990, 5, 17)), true);
        Assert.True(first.Saved);
        return (await w.Beneficiaries.CheckDuplicatesAsync(IntakeWorld.Officer, Input(2, typed, typedBirth))).SameNameAndBirth;
    }

    [Theory]
    [MemberData(nameof(SamePerson))]
    public async Task The_same_person_typed_another_way_warns_both_ways(string a, string b)
    {
        Assert.Single(await TwinsAsync(a, b, new DateOnly(1990, 5, 17)));
        Assert.Single(await TwinsAsync(b, a, new DateOnly(1990, 5, 17)));
        Assert.Empty(await TwinsAsync(a, b, new DateOnly(1990, 5, 18)));
    }

    [Theory]
    [MemberData(nameof(OtherPeople))]
    public async Task Other_people_born_the_same_day_do_not_warn(string a, string b)
    {
        Assert.Empty(await TwinsAsync(a, b, new DateOnly(1990, 5, 17)));
        Assert.Empty(await TwinsAsync(b, a, new DateOnly(1990, 5, 17)));
    }

    [Fact]
    public async Task A_twin_blocks_saving_until_acknowledged()
    {
        await using var w = await IntakeWorld.CreateAsync();
        Assert.True((await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, Input(1, "عبد الله سالم ناصر المالكي", new DateOnly(1990, 5, 17)), true)).Saved);
        var again = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, Input(2, "عبدالله سالم ناصر المالكي", new DateOnly(1990, 5, 17)), false);
        Assert.False(again.Saved);
        Assert.Equal(["Duplicates.Unacknowledged"], again.Errors);
    }
}
