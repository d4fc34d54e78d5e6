using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Data;

/// <summary>
/// The lock a start holds on a SQLite file while it prepares and migrates it. EF Core's own migration lock on SQLite
/// is a row in <c>__EFMigrationsLock</c>. A process killed while holding it (a crash, a power cut, a kill during
/// start-up) leaves the row behind, and every later start waits for it without end: the app never starts again. This
/// lock is a kernel lock on a file beside the database (<c>hopecase.db-migrate</c>, opened with no sharing, which
/// .NET takes with <c>flock</c>). The kernel drops it when its holder dies, so the row found by whoever holds this
/// lock can only be left over from a start that died, and is removed (<see cref="HopeDatabase.PrepareAsync"/>).
/// </summary>
internal sealed class SqliteMigrationGuard : IDisposable
{
    /// <summary>The lock file's name is the database file's name with this after it.</summary>
    public const string Suffix = "-migrate";

    private readonly FileStream _lock;

    private SqliteMigrationGuard(FileStream held) => _lock = held;

    /// <summary>
    /// Takes the lock for <paramref name="databasePath"/>, waiting while another live process holds it (another
    /// start, or a command, migrating the same file) for at most <paramref name="patience"/>.
    /// </summary>
    public static async Task<SqliteMigrationGuard> AcquireAsync(string databasePath, TimeSpan patience, CancellationToken ct = default)
    {
        var path = databasePath + Suffix;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new SqliteMigrationGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < patience)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
            catch (IOException e)
            {
                throw new DatabaseStartupException(FormattableString.Invariant(
                    $"Another process has been preparing the database {databasePath} for more than {patience.TotalSeconds:0} s (it holds {path}): {e.Message}"));
            }
        }
    }

    /// <summary>
    /// Called while holding the guard: a row in EF Core's migration lock table was left by a start that died holding
    /// it (every start of this file takes the guard first), and would make this start wait for it for ever.
    /// </summary>
    public static async Task RemoveDeadStartsLockAsync(HopeDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0)
            {
                await using var remove = connection.CreateCommand();
                remove.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
                await remove.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose() => _lock.Dispose();
}
