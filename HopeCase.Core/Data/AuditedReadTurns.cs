using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Data;

/// <summary>
/// Reads whose only write is their own audit row (a search page), taken in turns. A read arriving while the database
/// is idle runs at once in a write transaction of its own, as before. Reads that arrive while a turn is running wait
/// for the next turn, and that turn runs them one after another in ONE write transaction, each read followed by its
/// own audit row, and commits once. So every read is still in the same transaction as its audit row: its rows are
/// handed back only after that transaction has committed, and never if it fails. What is saved is the handing on of
/// the write lock (on SQLite the file's, on PostgreSQL the audit chain's) from one waiting officer to the next, each
/// time behind every other circuit's work on the thread pool, and one commit's flush per read.
/// <para>
/// If one read of a turn fails, the turn is rolled back whole (on PostgreSQL a failed statement spoils the rest of its
/// transaction) and its reads are run again one by one, each in its own transaction, so one officer's error is not
/// another's. A read whose caller has gone (its token cancelled) before its turn is not run.
/// </para>
/// </summary>
internal sealed class AuditedReadTurns(IDbContextFactory<HopeDb> dbs, int mostPerTurn = 32)
{
    private readonly Channel<Read> _waiting = Channel.CreateUnbounded<Read>(new UnboundedChannelOptions { SingleReader = true });
    private int _running;
    private long _turns;

    /// <summary>How many write transactions the turns have taken so far (the solo runs of a failed turn included).</summary>
    public long Turns => Interlocked.Read(ref _turns);

    /// <summary>
    /// Runs <paramref name="readAndAudit"/> (which reads and appends its audit row on the context it is given, inside
    /// the open write transaction) in the next turn, and returns its result once that turn has committed.
    /// </summary>
    public Task<T> RunAsync<T>(Func<HopeDb, CancellationToken, Task<T>> readAndAudit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(readAndAudit);
        ct.ThrowIfCancellationRequested();
        var read = new Read<T>(readAndAudit, ct);
        _waiting.Writer.TryWrite(read);
        StartIfIdle();
        return read.Result;
    }

    private void StartIfIdle()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            _ = Task.Run(TurnsAsync);
        }
    }

    private async Task TurnsAsync()
    {
        while (true)
        {
            var turn = new List<Read>();
            while (turn.Count < mostPerTurn && _waiting.Reader.TryRead(out var read))
            {
                if (!read.Cancelled)
                {
                    turn.Add(read);
                }
            }
            if (turn.Count == 0)
            {
                Volatile.Write(ref _running, 0);
                // A read written after the last TryRead and before the flag was cleared found the loop still running.
                if (_waiting.Reader.Count == 0 || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
                {
                    return;
                }
                continue;
            }
            if (!await TryTogetherAsync(turn))
            {
                foreach (var read in turn)
                {
                    await AloneAsync(read);
                }
            }
        }
    }

    private async Task<bool> TryTogetherAsync(List<Read> turn)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync();
            Interlocked.Increment(ref _turns);
            await using var tx = await db.Database.BeginWriteAsync();
            foreach (var read in turn)
            {
                await read.RunAsync(db, CancellationToken.None);
            }
            await tx.CommitAsync();
        }
        catch (Exception) when (turn.Count > 1)
        {
            return false;
        }
        catch (Exception e)
        {
            turn[0].Fail(e);
            return true;
        }
        foreach (var read in turn)
        {
            read.Deliver();
        }
        return true;
    }

    /// <summary>A read of a failed turn, again in a transaction of its own: a turn of one, whose failure is its own.</summary>
    private async Task AloneAsync(Read read)
    {
        if (!read.Cancelled)
        {
            await TryTogetherAsync([read]);
        }
    }

    private abstract class Read
    {
        public abstract bool Cancelled { get; }

        public abstract Task RunAsync(HopeDb db, CancellationToken ct);

        public abstract void Deliver();

        public abstract void Fail(Exception e);

        public abstract void Cancel();
    }

    private sealed class Read<T>(Func<HopeDb, CancellationToken, Task<T>> body, CancellationToken callerToken) : Read
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _value;

        public Task<T> Result => _result.Task;

        public override bool Cancelled
        {
            get
            {
                if (!callerToken.IsCancellationRequested)
                {
                    return false;
                }
                Cancel();
                return true;
            }
        }

        public override async Task RunAsync(HopeDb db, CancellationToken ct) => _value = await body(db, ct);

        public override void Deliver() => _result.TrySetResult(_value!);

        public override void Fail(Exception e) => _result.TrySetException(e);

        public override void Cancel() => _result.TrySetCanceled(callerToken);
    }
}
