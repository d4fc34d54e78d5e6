using System.Globalization;
using HopeCase.Core.Letters;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

/// <summary>The submit move asks the letter port for the receipt, once, and only after the move is saved.</summary>
public sealed class ReceiptLetterTests
{
    [Fact]
    public async Task Submitting_queues_exactly_one_receipt_letter_with_the_reference_and_due_date()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        var result = await w.Intake.SubmitAsync(IntakeWorld.Officer, id);

        var (key, letter) = Assert.Single(w.Letters.Queued);
        Assert.Equal(RequestLetters.ReceiptKey(id), key);
        Assert.Equal(key, letter.IdempotencyKey);
        Assert.Equal(LetterType.RequestReceipt, letter.Type);
        Assert.Equal(result.Reference, letter.Values["RequestNumber"]);
        Assert.Equal(DualDate.Written(result.DueAt!.Value, CultureInfo.GetCultureInfo("ar-SA")), letter.Values["DueDate"]);
        Assert.Equal(("SupportRequest", id.ToString(CultureInfo.InvariantCulture)), (letter.SubjectType, letter.SubjectId));

        // A second submission is not a move: refused, and still one letter.
        await Assert.ThrowsAsync<IllegalTransitionException>(() => w.Intake.SubmitAsync(IntakeWorld.Officer, id));
        Assert.Single(w.Letters.Queued);
    }

    [Fact]
    public async Task A_submission_refused_for_its_problems_queues_no_letter()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync(), sign: false);
        Assert.False((await w.Intake.SubmitAsync(IntakeWorld.Officer, id)).Submitted);
        Assert.Empty(w.Letters.Queued);
    }

    [Fact]
    public async Task A_failing_save_queues_no_letter_and_the_request_stays_a_draft()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var id = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        await FailingSaves.RefuseStatusAsync(w.Dbs, RequestStatus.Submitted);

        await Assert.ThrowsAsync<DbUpdateException>(() => w.Intake.SubmitAsync(IntakeWorld.Officer, id));
        Assert.Empty(w.Letters.Queued);
        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            Assert.Equal(RequestStatus.Draft, await db.Requests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
            Assert.Empty(await db.Outbox.ToListAsync());
        }

        // Once the database takes it again, the same submission goes through with its one letter.
        await FailingSaves.AllowAgainAsync(w.Dbs, RequestStatus.Submitted);
        Assert.True((await w.Intake.SubmitAsync(IntakeWorld.Officer, id)).Submitted);
        Assert.Equal(RequestLetters.ReceiptKey(id), Assert.Single(w.Letters.Queued).Key);
    }

    [Fact]
    public async Task Verifying_a_website_request_queues_its_receipt_and_refusing_one_as_incomplete_queues_none()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var type = await w.TypeAsync("counselling");
        PublicApplication App(int n) => new(IntakeWorld.Person(IntakeWorld.NationalId(n)), type.Id, "أحتاج إلى من يسمعني", true,
            [new PublicUpload(type.Requirements[0].Id, "id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], new DateOnly(2030, 1, 1))], new CultureInfo("ar-SA"));
        var verified = await IdOfAsync(w, (await w.Public.ApplyAsync(App(1), null)).Reference!);
        var refused = await IdOfAsync(w, (await w.Public.ApplyAsync(App(2), null)).Reference!);
        Assert.Empty(w.Letters.Queued);

        Assert.True((await w.Intake.VerifyAsync(IntakeWorld.Officer, verified)).Submitted);
        await w.Intake.RejectIncompleteAsync(IntakeWorld.Officer, refused, "لا يوجد مستند");
        Assert.Equal(RequestLetters.ReceiptKey(verified), Assert.Single(w.Letters.Queued).Key);
        Assert.Empty(w.Letters.About(refused));
    }

    private static async Task<int> IdOfAsync(IntakeWorld w, string reference)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        var key = PublicReferences.Normalize(reference);
        return await db.Requests.Where(r => r.PublicReference == key).Select(r => r.Id).SingleAsync();
    }
}
