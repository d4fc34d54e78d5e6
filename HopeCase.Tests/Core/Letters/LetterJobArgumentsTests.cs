using System.Text.RegularExpressions;
using Hangfire.Storage;
using HopeCase.Core.Committee;
using HopeCase.Core.Contacts;
using HopeCase.Core.Letters;
using HopeCase.Core.Requests;
using HopeCase.Tests.Support;
using HopeCase.Web.Features.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Letters;

/// <summary>
/// Issue 10 item 3: job arguments carry ids, never personal data. Receipt, decision, withdrawal and minutes go through
/// the real Hangfire store; no stored job argument names the beneficiary, their ID number, mobile or address, and the
/// job rebuilds from the key exactly the letter the move asked for.
/// </summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class LetterJobArgumentsTests
{
    [Fact]
    public async Task Stored_job_arguments_hold_keys_only_and_the_job_rebuilds_the_same_letters()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var recorded = new RecordingLetterQueue();
        var queue = new Both(recorded, new HangfireLetterQueue(w.Jobs));
        var committee = new CommitteeService(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock, Options.Create(w.Intake.Policy), w.Intake.Notifier, queue, w.Scheduler);

        // Request A: receipt, then a rejection by the committee and the session's minutes.
        var a = await w.AwaitingCommitteeAsync(1);
        var session = await w.SessionWithAgendaAsync();
        var item = await w.ItemOfAsync(session, a);
        await w.VoteAllAsync(item, DecisionKind.Rejected);
        await committee.DecideAsync(ResearchWorld.Chair, item, new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.NotEligible, Reasons: "الدخل أعلى من الحد"));
        await committee.CloseAsync(ResearchWorld.Chair, session);
        // Request B: receipt, then withdrawn by phone.
        var b = await w.SubmittedAsync(2);
        await new WithdrawalService(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock, w.Intake.Notifier, queue)
            .WithdrawAsync(IntakeWorld.Officer, b, "وجد دعمًا من جهة أخرى", ContactChannel.Phone);
        // The receipts were asked for by the intake service (its own recording port): the same content goes through the real queue.
        foreach (var (key, content) in w.Intake.Letters.Queued)
        {
            queue.Enqueue(key, content);
        }
        Assert.Equal(5, recorded.Queued.Count); // two receipts, the decision, the minutes, the withdrawal

        // Every job in the store (letters, deadline checks): its serialized arguments, as Hangfire keeps them.
        var monitor = w.JobStorage.GetMonitoringApi();
        var jobs = monitor.EnqueuedJobs("default", 0, 1000).Select(j => j.Value.Job)
            .Concat(monitor.ScheduledJobs(0, 1000).Select(j => j.Value.Job)).Where(j => j is not null).ToList();
        Assert.Equal(5, jobs.Count(j => j.Type == typeof(IssueLetterJob)));
        await using var db = await w.Intake.Dbs.CreateDbContextAsync();
        var people = await db.Beneficiaries.AsNoTracking().ToListAsync();
        Assert.Equal(2, people.Count);
        foreach (var job in jobs)
        {
            var stored = InvocationData.SerializeJob(job).Arguments;
            foreach (var text in new[] { stored, Regex.Unescape(stored) })
            {
                foreach (var p in people)
                {
                    Assert.DoesNotContain(p.FullName, text, StringComparison.Ordinal);
                    Assert.DoesNotContain(p.NationalId, text, StringComparison.Ordinal);
                    Assert.DoesNotContain(p.Mobile!, text, StringComparison.Ordinal);
                    Assert.DoesNotContain(p.Address!, text, StringComparison.Ordinal);
                }
            }
        }

        // Same letters: what the job rebuilds from each key is what the move asked for.
        var source = new LetterSource(w.Intake.Dbs, Options.Create(w.Intake.Policy));
        foreach (var (key, asked) in recorded.Queued)
        {
            var built = await source.BuildAsync(key);
            Assert.Equal(key, built.IdempotencyKey);
            Assert.Equal((asked.Type, asked.Culture, asked.RecipientName, asked.RecipientAddress, asked.BeneficiaryId, asked.SubjectType, asked.SubjectId),
                (built.Type, built.Culture, built.RecipientName, built.RecipientAddress, built.BeneficiaryId, built.SubjectType, built.SubjectId));
            Assert.Equal(asked.Values.OrderBy(v => v.Key, StringComparer.Ordinal), built.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
            Assert.Equal(Flat(asked.Rows), Flat(built.Rows));
        }
        Assert.Contains(recorded.Queued, q => q.Key == RequestLetters.WithdrawalKey(b) && q.Content.Values["Reasons"] == "وجد دعمًا من جهة أخرى");
    }

    private static IEnumerable<string> Flat(IReadOnlyList<IReadOnlyList<string>>? rows) => rows?.SelectMany(r => r.Append("|")) ?? [];

    private sealed class Both(ILetterQueue first, ILetterQueue second) : ILetterQueue
    {
        public void Enqueue(string idempotencyKey, LetterContent content)
        {
            first.Enqueue(idempotencyKey, content);
            second.Enqueue(idempotencyKey, content);
        }
    }
}
