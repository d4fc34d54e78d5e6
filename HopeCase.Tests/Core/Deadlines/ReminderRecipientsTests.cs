using System.Data.Common;
using HopeCase.Core.Data;
using HopeCase.Core.Deadlines;
using HopeCase.Core.Messaging;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HopeCase.Tests.Core.Deadlines;

/// <summary>Who asked for reminders by e-mail or SMS is read once per sweep run, however many batches the run takes.</summary>
[Collection(HangfireCoreCollection.Name)]
public sealed class ReminderRecipientsTests
{
    private sealed class Counter : DbCommandInterceptor
    {
        public int Reads;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("ReminderChannels", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref Reads);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task A_sweep_of_three_batches_reads_the_reminder_choices_once_and_still_sends_each()
    {
        await using var w = await ResearchWorld.CreateAsync();
        var channels = new ReminderChannelsService(w.Intake.Dbs, w.Intake.Audit, w.Intake.Clock);
        await channels.SetAsync(ResearchWorld.Researcher, byEmail: true, bySms: false);
        for (var i = 0; i < 3; i++)
        {
            var id = await w.SubmittedAsync(i + 1);
            await w.Research.AssignAsync(IntakeWorld.Manager, id, ResearchWorld.Researcher.UserId!);
        }
        w.Intake.Clock.Advance(TimeSpan.FromDays(7.5));

        DataSettings settings;
        await using (var db = await w.Intake.Dbs.CreateDbContextAsync())
        {
            settings = new DataSettings(db.Database.IsNpgsql() ? DataProvider.Postgres : DataProvider.Sqlite, db.Database.GetConnectionString()!);
        }
        var counter = new Counter();
        var sweep = new DeadlineService(TestDb.Factory(settings, counter), w.Intake.Clock, Options.Create(w.Intake.Policy), w.Intake.Notifier) { BatchSize = 1 };
        var result = await sweep.SweepAsync();

        Assert.Equal(3, result.Examined);
        Assert.Equal(1, counter.Reads);
        await using var read = await w.Intake.Dbs.CreateDbContextAsync();
        Assert.Equal(3, await read.Outbox.CountAsync(m => m.Kind == MessageKind.StaffReminder && m.To == "u-res@hope.test"));
    }
}
