using HopeCase.Core.Committee;
using HopeCase.Core.Contacts;
using HopeCase.Core.Letters;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Letters;

/// <summary>
/// A letter whose queueing was lost (the process killed between the move's commit and the job's enqueue) is queued
/// by the sweep from the record the move wrote in the same transaction: a receipt from the move's audit entry, a
/// decision letter from the decision, a withdrawal letter from the timeline line; once, and not again once issued.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class LetterSweepTests
{
    private static LetterSweep Sweep(IntakeWorld w, ILetterQueue restarted) =>
        new(w.Dbs, new LetterSource(w.Dbs, Options.Create(w.Policy)), restarted, w.Clock);

    private static async Task IssueAsync(IntakeWorld w, string key, LetterContent letter)
    {
        using var register = new LetterRegister(w.Dbs);
        await register.IssueAsync(letter with { IdempotencyKey = key }, "<p>letter</p>", w.Clock.GetUtcNow(), null, (_, _, _) => Task.FromResult(new byte[] { 1 }));
    }

    [Fact]
    public async Task A_submission_whose_receipt_was_never_queued_gets_it_from_the_sweep_once()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var lost = await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        await w.Intake.SubmitAsync(IntakeWorld.Officer, lost);
        // The queue the submission used is the one that "died" with its process; a fresh one is the restarted node's.
        var restarted = new RecordingLetterQueue();
        var sweep = Sweep(w, restarted);

        // Within the grace period the normal path may still be on its way: nothing yet.
        Assert.Equal(0, await sweep.SweepAsync());
        w.Clock.Advance(LetterSweep.Grace + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sweep.SweepAsync());
        var (key, letter) = Assert.Single(restarted.Queued);
        Assert.Equal(RequestLetters.ReceiptKey(lost), key);
        Assert.Equal(LetterType.RequestReceipt, letter.Type);
        Assert.Equal(w.Letters.About(lost).Single().Content.Values["RequestNumber"], letter.Values["RequestNumber"]);

        // Issued (the letter in the register under its key): the next sweep leaves it alone.
        await IssueAsync(w, key, letter);
        Assert.Equal(0, await sweep.SweepAsync());
        Assert.Single(restarted.Queued);
    }

    [Fact]
    public async Task A_decision_whose_letter_job_was_lost_gets_its_letter_from_the_sweep_once()
    {
        await using var rw = await ResearchWorld.CreateAsync();
        var w = rw.Intake;
        var id = await rw.AwaitingCommitteeAsync();
        var item = await rw.ItemOfAsync(await rw.SessionWithAgendaAsync(), id);
        await rw.VoteAllAsync(item, DecisionKind.Rejected);
        var decision = await rw.Committee.DecideAsync(ResearchWorld.Chair, item,
            new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "الدخل أعلى من الحد"));
        await IssueAsync(w, RequestLetters.ReceiptKey(id), w.Letters.Queued.Single(q => q.Key == RequestLetters.ReceiptKey(id)).Content);
        var restarted = new RecordingLetterQueue();
        var sweep = Sweep(w, restarted);

        Assert.Equal(0, await sweep.SweepAsync());
        w.Clock.Advance(LetterSweep.Grace + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await sweep.SweepAsync());
        var (key, letter) = Assert.Single(restarted.Queued);
        Assert.Equal($"decision:{decision}:letter", key);
        Assert.Equal(LetterType.Rejection, letter.Type);
        Assert.EndsWith("الدخل أعلى من الحد", letter.Values["Reasons"], StringComparison.Ordinal);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.SubjectId);

        await IssueAsync(w, key, letter);
        Assert.Equal(0, await sweep.SweepAsync());
    }

    [Fact]
    public async Task A_withdrawal_whose_letter_job_was_lost_gets_its_letter_from_the_sweep_once_and_a_deferral_none()
    {
        await using var rw = await ResearchWorld.CreateAsync();
        var w = rw.Intake;
        var deferred = await rw.AwaitingCommitteeAsync(1);
        var item = await rw.ItemOfAsync(await rw.SessionWithAgendaAsync(), deferred);
        await rw.VoteAllAsync(item, DecisionKind.Deferred);
        await rw.Committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Deferred));
        var withdrawn = await rw.SubmittedAsync(2);
        await new WithdrawalService(w.Dbs, w.Audit, w.Clock, w.Notifier, w.Letters).WithdrawAsync(IntakeWorld.Officer, withdrawn, "وجد دعمًا من جهة أخرى", ContactChannel.Phone);
        foreach (var (key, content) in w.Letters.Queued.Where(q => q.Key.EndsWith(":receipt", StringComparison.Ordinal)))
        {
            await IssueAsync(w, key, content);
        }
        var restarted = new RecordingLetterQueue();
        w.Clock.Advance(LetterSweep.Grace + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await Sweep(w, restarted).SweepAsync());
        var (swept, letter) = Assert.Single(restarted.Queued);
        Assert.Equal(RequestLetters.WithdrawalKey(withdrawn), swept);
        Assert.Equal(LetterType.WithdrawalConfirmation, letter.Type);
        Assert.Equal("وجد دعمًا من جهة أخرى", letter.Values["Reasons"]);

        // Past the window, a lost letter is left to the Admin's letters page: the sweep does not reach back for ever.
        w.Clock.Advance(LetterSweep.Window);
        Assert.Equal(0, await Sweep(w, new RecordingLetterQueue()).SweepAsync());
    }

    [Fact]
    public async Task A_draft_that_was_never_submitted_is_not_swept()
    {
        await using var w = await IntakeWorld.CreateAsync();
        await w.CompleteDraftAsync(await w.NewBeneficiaryAsync());
        w.Clock.Advance(TimeSpan.FromHours(1));
        var queue = new RecordingLetterQueue();
        Assert.Equal(0, await Sweep(w, queue).SweepAsync());
        Assert.Empty(queue.Queued);
    }
}
