using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>
/// A transaction that is going to write: on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so a
/// read-then-write inside it cannot interleave with another writer and waits rather than failing on upgrade; on
/// PostgreSQL an ordinary READ COMMITTED transaction, whose row locks (an UPDATE of a counter row) serialise writers
/// on every node. On SQLite the writers of this process queue for the file first (<see cref="SqliteWriteGate"/>).
/// </summary>
public static class WriteTransaction
{
    public static async Task<IDbContextTransaction> BeginWriteAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            return await database.BeginTransactionAsync(ct);
        }
        var connection = (SqliteConnection)database.GetDbConnection();
        var held = await SqliteWriteGate.EnterAsync(connection.DataSource, ct);
        try
        {
            await database.OpenConnectionAsync(ct);
            var tx = connection.BeginTransaction(deferred: false);
            var used = await database.UseTransactionAsync(tx, ct) ?? throw new InvalidOperationException("The write transaction was not taken.");
            return new GatedTransaction(used, held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }
}
