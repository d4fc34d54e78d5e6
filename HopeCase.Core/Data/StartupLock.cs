using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HopeCase.Core.Data;

/// <summary>
/// One node at a time prepares the database (issue 11): on PostgreSQL a session advisory lock
/// (<c>pg_advisory_lock</c>) held on its own connection while one node checks and migrates the database, seeds what it
/// must and makes the job store's schema and the first data-protection key; nodes started together on a brand-new
/// database wait for it, then find every migration applied and migrate nothing. Released when disposed (or when the
/// process dies: PostgreSQL drops a dead session's locks). On SQLite (one node, one file) there is nothing to wait for.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The lock's key, beside the audit chain's 7273101.</summary>
    public const long Key = 7273102;

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection, bool waited) => (_connection, Waited) = (connection, waited);

    /// <summary>True when another node held the lock first and this one waited for it.</summary>
    public bool Waited { get; }

    /// <summary>Takes the lock; <paramref name="waiting"/> is told when another node holds it, before waiting.</summary>
    public static async Task<StartupLock> TakeAsync(IDbContextFactory<HopeDb> dbs, Action? waiting = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        string? connectionString;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            if (!db.Database.IsNpgsql())
            {
                return new StartupLock(null, false);
            }
            connectionString = db.Database.GetConnectionString();
        }
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (Exception ex) when (HopeDatabase.IsUnavailable(ex))
        {
            await connection.DisposeAsync();
            throw PostgresDatabase.Unreachable(connectionString, ex);
        }
        try
        {
            await using var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({Key})", connection);
            if (await tryLock.ExecuteScalarAsync(ct) is true)
            {
                return new StartupLock(connection, false);
            }
            waiting?.Invoke();
            // The first node may take a while (a large migration): no command timeout while waiting.
            await using var wait = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
            await wait.ExecuteNonQueryAsync(ct);
            return new StartupLock(connection, true);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        try
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection);
            await unlock.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (HopeDatabase.IsUnavailable(ex))
        {
            // The session is gone, and its lock with it.
        }
        await _connection.DisposeAsync();
    }
}
