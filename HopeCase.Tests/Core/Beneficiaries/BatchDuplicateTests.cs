using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Beneficiaries;

/// <summary>The import's batched duplicate check answers, row for row, what the one-person check answers (same ID, shared mobile, the same person spelled another way).</summary>
public sealed class BatchDuplicateTests
{
    private static readonly string[] Stored = ["عبد الله سالم ناصر المالكي", "عائشة سالم ناصر المالكي", "أحمد سالم ناصر الشهري", "نورة علي حسن القحطاني"];
    private static readonly string[] Typed = ["عبدالله سالم ناصر المالكي", "عايشه سالم ناصر المالكي", "محمد سالم ناصر الشهري", "نور علي حسن القحطاني", "أحمد سالم ناصر الشهري"];

    private static BeneficiaryInput Input(int n, string full, DateOnly birth, string? mobile)
    {
        var parts = full.Split(' ');
        return IntakeWorld.Person(IntakeWorld.NationalId(n), mobile: mobile, birth: birth) with { Name = new ArabicName(parts[0], parts[1], parts[2], parts[3]) };
    }

    private static string Show(DuplicateCheck d) =>
        $"id:{d.SameId?.Id} mobile:[{string.Join(",", d.SameMobile.Select(h => h.Id))}] twins:[{string.Join(",", d.SameNameAndBirth.Select(h => h.Id))}]";

    [Fact]
    public async Task Batched_answers_equal_the_one_person_check_across_chunks()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var birth = new DateOnly(1990, 5, 17);
        for (var i = 0; i < 40; i++)
        {
            var saved = await w.Beneficiaries.CreateAsync(IntakeWorld.Officer, Input(i, Stored[i % Stored.Length], birth.AddDays(i % 7), $"05{50000000 + (i % 9)}"), acknowledgeWarnings: true);
            Assert.True(saved.Saved, string.Join(",", saved.Errors));
        }
        // 1,200 rows (three chunks): a tenth reuse a stored ID, the rest new IDs; names typed another way, birth dates and mobiles that sometimes meet.
        var inputs = Enumerable.Range(0, 1200).Select(k => Input(k % 10 == 0 ? k % 40 : 1000 + k, Typed[k % Typed.Length], birth.AddDays(k % 11),
            k % 3 == 0 ? null : $"05{50000000 + (k % 13)}")).ToList();

        var batched = await w.Beneficiaries.CheckDuplicatesAsync(IntakeWorld.Officer, inputs);

        Assert.Equal(inputs.Count, batched.Count);
        var kinds = (id: 0, mobile: 0, twins: 0);
        for (var k = 0; k < inputs.Count; k += 7)
        {
            var one = await w.Beneficiaries.CheckDuplicatesAsync(IntakeWorld.Officer, inputs[k]);
            Assert.Equal(Show(one), Show(batched[k]));
            kinds = (kinds.id + (one.SameId is null ? 0 : 1), kinds.mobile + (one.SameMobile.Count > 0 ? 1 : 0), kinds.twins + (one.SameNameAndBirth.Count > 0 ? 1 : 0));
        }
        Assert.True(kinds.id > 0 && kinds.mobile > 0 && kinds.twins > 0, $"every kind of match is exercised: {kinds}");
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Beneficiaries.CheckDuplicatesAsync(IntakeWorld.Admin, inputs));
    }
}
