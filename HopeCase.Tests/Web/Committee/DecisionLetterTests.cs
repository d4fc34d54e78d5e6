using HopeCase.Core.Committee;
using HopeCase.Core.Data;
using HopeCase.Core.Letters;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HopeCase.Tests.Web.Committee;

/// <summary>In the real app (Hangfire server, Chromium): a decision and a closed session become letters, once each.</summary>
public sealed class DecisionLetterTests
{
    [Fact]
    public async Task A_rejection_and_the_minutes_are_issued_as_letters_by_the_job_server()
    {
        using var app = new HopeAppFactory();
        var dbs = app.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        var committee = app.Services.GetRequiredService<CommitteeService>();
        Actor[] members;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var emails = new[] { "committee@hope.demo", "committee2@hope.demo", "committee3@hope.demo" };
            var users = await db.Users.Where(u => emails.Contains(u.Email)).ToListAsync();
            members = emails.Select(e => users.Single(u => u.Email == e))
                .Select(u => new Actor(u.Id, u.DisplayName, new HashSet<string> { Roles.CommitteeMember })).ToArray();
        }
        var session = await committee.ScheduleAsync(members[0], DateTimeOffset.UtcNow, [members[1].UserId!, members[2].UserId!]);
        Assert.Equal(3, await committee.BuildAgendaAsync(members[0], session));
        var item = (await committee.SessionAsync(members[0], session))!.Items[0];
        foreach (var m in members)
        {
            await committee.VoteAsync(m, item.ItemId, DecisionKind.Rejected, null);
        }
        await committee.DecideAsync(members[0], item.ItemId,
            new DecisionInput(DecisionKind.Rejected, RejectionReason: RejectionReason.SupportedElsewhere, Reasons: "يتلقى الجلسات في مستشفى جازان العام"), item.Version);
        foreach (var other in (await committee.SessionAsync(members[0], session))!.Items.Skip(1))
        {
            foreach (var m in members)
            {
                await committee.VoteAsync(m, other.ItemId, DecisionKind.Deferred, null);
            }
            await committee.DecideAsync(members[0], other.ItemId, new DecisionInput(DecisionKind.Deferred));
        }
        await committee.CloseAsync(members[0], session);

        var subject = item.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var storage = app.Services.GetRequiredService<Hangfire.JobStorage>();
        string Jobs() => string.Join(" | ", storage.GetMonitoringApi().FailedJobs(0, 10).Select(j => $"{j.Value.Job?.Method.Name}: {j.Value.ExceptionMessage}"))
            + string.Join(" | ", storage.GetMonitoringApi().ScheduledJobs(0, 10).SelectMany(j => storage.GetMonitoringApi().JobDetails(j.Key).History
                .Where(h => h.Data.ContainsKey("ExceptionMessage")).Select(h => h.Data["ExceptionType"] + ": " + h.Data["ExceptionMessage"] + " " + (h.Data.TryGetValue("ExceptionDetails", out var d) ? d[..Math.Min(d.Length, 1500)] : ""))))
            + $" enqueued={storage.GetMonitoringApi().EnqueuedCount("default")} processing={storage.GetMonitoringApi().ProcessingCount()} scheduled={storage.GetMonitoringApi().ScheduledCount()} failed={storage.GetMonitoringApi().FailedCount()} succeeded={storage.GetMonitoringApi().SucceededListCount()}";
        var rejection = await WaitForLetterAsync(app, Jobs, l => l.Type == LetterType.Rejection && l.SubjectId == subject);
        var text = await Pdf.TextAsync(rejection.Pdf);
        Assert.Contains("نعتذر عن قبول طلبكم", text, StringComparison.Ordinal);
        Assert.Contains(item.BeneficiaryName.Split(' ')[0], text, StringComparison.Ordinal);
        var minutes = await WaitForLetterAsync(app, Jobs, l => l.Type == LetterType.CommitteeMinutes && l.SubjectType == "CommitteeSession");
        Assert.Equal($"session:{session}:minutes", minutes.IdempotencyKey);
        await Pdf.SavePngsAsync(minutes.Pdf, "committee-minutes");

        // Deferred items have no letter, and each decision has exactly one. (The demo's own earlier decisions get theirs
        // from the start-up letter sweep; only this session's requests are counted.)
        var subjects = (await committee.SessionAsync(members[0], session))!.Items
            .Select(i => i.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using var read = await dbs.CreateDbContextAsync();
        Assert.Equal(1, await read.Letters.CountAsync(l => subjects.Contains(l.SubjectId!)
            && (l.Type == LetterType.Rejection || l.Type == LetterType.Acceptance || l.Type == LetterType.MissingInformation)));
    }

    private static Task<Letter> WaitForLetterAsync(HopeAppFactory app, Func<string> jobs, System.Linq.Expressions.Expression<Func<Letter, bool>> match)
    {
        var dbs = app.Services.GetRequiredService<IDbContextFactory<HopeDb>>();
        // The letter job announces each letter it issues; look again at every notice, for up to a minute.
        return ChangeSignal.WaitAsync(app.Services.GetRequiredService<ChangeNotifier>(), ChangeTopic.Letters, async () =>
        {
            await using var db = await dbs.CreateDbContextAsync();
            return await db.Letters.AsNoTracking().FirstOrDefaultAsync(match);
        }, TimeSpan.FromMinutes(1), () => "The letter job did not issue the letter: " + jobs());
    }
}
