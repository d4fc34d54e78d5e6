using HopeCase.Core.Letters;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Letters;

/// <summary>
/// A receipt whose queueing was lost (the process killed between the move's commit and the job's enqueue) is queued
/// by the sweep from the move's audit entry, written in the same transaction; once, and not again once issued.
/// </summary>
public sealed class ReceiptSweepTests
{
    [Fact]
    public async Task A_submission_whose_receipt_was_never_queued_gets_it_from_the_sweep_once()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var lost = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        await w.Intake.SubmitAsync(IntakeWorld.Officer, lost);
        // The queue the submission used is the one that "died" with its process; a fresh one is the restarted node's.
        var restarted = new RecordingLetterQueue();
        var sweep = new ReceiptSweep(w.Dbs, restarted, w.Clock);

        // Within the grace period the normal path may still be on its way: nothing yet.
        Assert.Equal(0, await sweep.SweepAsync());
        w.Clock.Advance(ReceiptSweep.Grace + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sweep.SweepAsync());
        var (key, letter) = Assert.Single(restarted.Queued);
        Assert.Equal(RequestLetters.ReceiptKey(lost), key);
        Assert.Equal(LetterType.RequestReceipt, letter.Type);
        Assert.Equal(w.Letters.About(lost).Single().Content.Values["RequestNumber"], letter.Values["RequestNumber"]);

        // Issued (the letter in the register under its key): the next sweep leaves it alone.
        using var register = new LetterRegister(w.Dbs);
        await register.IssueAsync(letter with { IdempotencyKey = key }, "<p>receipt</p>", w.Clock.GetUtcNow(), null, (_, _, _) => Task.FromResult(new byte[] { 1 }));
        Assert.Equal(0, await sweep.SweepAsync());
        Assert.Single(restarted.Queued);
    }

    [Fact]
    public async Task A_draft_that_was_never_submitted_is_not_swept()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        w.Clock.Advance(TimeSpan.FromHours(1));
        var queue = new RecordingLetterQueue();
        Assert.Equal(0, await new ReceiptSweep(w.Dbs, queue, w.Clock).SweepAsync());
        Assert.Empty(queue.Queued);
    }
}
