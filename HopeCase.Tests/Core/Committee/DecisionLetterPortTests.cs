using HopeCase.Core.Committee;
using HopeCase.Core.Letters;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Committee;

/// <summary>The decision move asks the letter port for the decision letter after its save; a decision that rolled back has none.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class DecisionLetterPortTests
{
    private static CommitteeService Recording(ResearchWorld w, RecordingLetterQueue letters) =>
        new(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock, Options.Create(w.Intake.Policy), w.Intake.Notifier, letters, w.Scheduler);

    [Theory]
    [InlineData(DecisionKind.Accepted, LetterType.Acceptance)]
    [InlineData(DecisionKind.Rejected, LetterType.Rejection)]
    [InlineData(DecisionKind.NeedsInfo, LetterType.MissingInformation)]
    public async Task A_decision_queues_its_one_letter_through_the_port(DecisionKind kind, LetterType type)
    {
        await using var w = await ResearchWorld.CreateAsync();
        var letters = new RecordingLetterQueue();
        var id = await w.AwaitingCommitteeAsync();
        var item = await w.ItemOfAsync(await w.SessionWithAgendaAsync(), id);
        await w.VoteAllAsync(item, kind);

        var decision = await Recording(w, letters).DecideAsync(ResearchWorld.Chair, item, Input(kind));
        var (key, letter) = Assert.Single(letters.Queued);
        Assert.Equal($"decision:{decision}:letter", key);
        Assert.Equal(type, letter.Type);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), letter.SubjectId);
    }

    [Fact]
    public async Task Deferring_implies_no_letter()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var letters = new RecordingLetterQueue();
        var id = await w.AwaitingCommitteeAsync();
        var item = await w.ItemOfAsync(await w.SessionWithAgendaAsync(), id);
        await w.VoteAllAsync(item, DecisionKind.Deferred);
        await Recording(w, letters).DecideAsync(ResearchWorld.Chair, item, Input(DecisionKind.Deferred));
        Assert.Empty(letters.Queued);
        Assert.Equal(MoveLetter.None, RequestLifecycle.Find(RequestStatus.AwaitingCommittee, RequestTrigger.Defer)!.Letter);
    }

    [Fact]
    public async Task A_decision_whose_save_fails_queues_no_letter_and_records_nothing()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var letters = new RecordingLetterQueue();
        var id = await w.AwaitingCommitteeAsync();
        var item = await w.ItemOfAsync(await w.SessionWithAgendaAsync(), id);
        await w.VoteAllAsync(item, DecisionKind.Accepted);
        await FailingSaves.RefuseStatusAsync(w.Intake.Dbs, RequestStatus.Accepted);

        await Assert.ThrowsAsync<DbUpdateException>(() => Recording(w, letters).DecideAsync(ResearchWorld.Chair, item, Input(DecisionKind.Accepted)));
        Assert.Empty(letters.Queued);
        Assert.Equal(RequestStatus.AwaitingCommittee, (await w.RequestAsync(id)).Status);
        Assert.Empty(await w.Committee.DecisionsAsync(ResearchWorld.Chair, id));
    }

    [Fact]
    public void The_table_names_a_letter_for_submission_verification_and_the_three_answering_decisions_only()
    {
        // Besides these, every withdrawal confirms itself by letter (its own port, WithdrawalTests).
        var withLetters = RequestLifecycle.Table.Where(t => t.Letter is not (MoveLetter.None or MoveLetter.Withdrawal)).Select(t => (t.Trigger, t.Letter)).ToList();
        Assert.All(RequestLifecycle.Table.Where(t => t.Letter == MoveLetter.Withdrawal), t => Assert.Equal(RequestTrigger.Withdraw, t.Trigger));
        Assert.Equal(
            [(RequestTrigger.Submit, MoveLetter.Receipt), (RequestTrigger.Verify, MoveLetter.Receipt), (RequestTrigger.Accept, MoveLetter.Decision),
             (RequestTrigger.Reject, MoveLetter.Decision), (RequestTrigger.RequestInfo, MoveLetter.Decision)],
            withLetters);
    }

    private static DecisionInput Input(DecisionKind kind) => kind switch
    {
        DecisionKind.Accepted => new(DecisionKind.Accepted, "جلسات إرشاد نفسي فردية", SessionCount: 8, DurationMonths: 3),
        DecisionKind.Rejected => new(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "الدخل أعلى من الحد"),
        DecisionKind.NeedsInfo => new(DecisionKind.NeedsInfo, MissingInfo: "تقرير طبي"),
        _ => new(DecisionKind.Deferred),
    };
}
