using System.Collections.Concurrent;

namespace HopeCase.Core.Data;

/// <summary>
/// One writer at a time per SQLite file in this process, waited for without holding a thread. SQLite takes one
/// writer anyway; without this queue, BEGIN IMMEDIATE behind another writer returns busy and Microsoft.Data.Sqlite
/// retries it after a blocking sleep (Thread.Sleep, on a thread-pool thread): fifty officers searching at once (each
/// search writes its audit row) then waited in whole sleeps and held the threads the pages render on.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(string dataSource, CancellationToken ct)
    {
        // A file by its full path; an in-memory or URI name as it is.
        var key = dataSource.Length == 0 || dataSource.StartsWith(':') || dataSource.StartsWith("file:", StringComparison.Ordinal) ? dataSource : Path.GetFullPath(dataSource);
        var gate = Gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
