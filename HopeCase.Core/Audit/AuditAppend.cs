using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Core.Audit;

/// <summary>
/// Appends a sealed audit row in the caller's open write transaction with three plain commands (the chain's lock on
/// PostgreSQL, the head, the insert), without the change tracker or a SaveChanges: for a read, such as a search page,
/// whose only write is its audit row. The chain is the one <see cref="AuditChainInterceptor"/> keeps: the same key, the
/// same lock (on SQLite the caller's <c>BEGIN IMMEDIATE</c>), the same unique <c>Seq</c>, so the row commits or rolls
/// back with the caller's transaction and verifies like any other.
/// </summary>
internal static class AuditAppend
{
    private const string HeadSql = "SELECT \"Seq\", \"Hash\" FROM \"AuditEntries\" WHERE \"Seq\" IS NOT NULL ORDER BY \"Seq\" DESC LIMIT 1";

    private const string InsertSql = "INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"Action\", \"EntityType\", \"EntityId\", \"Details\", \"Origin\", \"Changes\", \"Seq\", \"PrevHash\", \"Hash\") " +
        "VALUES (@at, @user, @name, @action, @type, @entity, @details, @origin, NULL, @seq, @prev, @hash)";

    public static async Task AppendAsync(DbContext db, AuditEntry entry, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An audit row is appended inside the caller's write transaction.");
        }
        if (db.Database.ProviderName == AuditTriggers.NpgsqlProvider)
        {
            await using var lockCommand = PlainCommand.Create(db, AuditChainInterceptor.ChainLock);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        var (seq, prev) = (0L, AuditChain.Genesis);
        await using (var head = PlainCommand.Create(db, HeadSql))
        await using (var reader = await head.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                (seq, prev) = (reader.GetInt64(0), reader.GetString(1));
            }
        }
        entry.Seal(seq + 1, prev, AuditChainInterceptor.KeyOf(db));
        await using var insert = PlainCommand.Create(db, InsertSql);
        PlainCommand.Bind(insert, "@at", InstantOf(db)?.ConvertToProvider(entry.At) ?? entry.At);
        PlainCommand.Bind(insert, "@user", entry.UserId);
        PlainCommand.Bind(insert, "@name", entry.UserName);
        PlainCommand.Bind(insert, "@action", entry.Action);
        PlainCommand.Bind(insert, "@type", entry.EntityType);
        PlainCommand.Bind(insert, "@entity", entry.EntityId);
        PlainCommand.Bind(insert, "@details", entry.Details);
        PlainCommand.Bind(insert, "@origin", entry.Origin);
        PlainCommand.Bind(insert, "@seq", entry.Seq);
        PlainCommand.Bind(insert, "@prev", entry.PrevHash);
        PlainCommand.Bind(insert, "@hash", entry.Hash);
        await insert.ExecuteNonQueryAsync(ct);
    }

    // How the model stores the instant (on SQLite a converter; on PostgreSQL none: timestamptz).
    private static ValueConverter? InstantOf(DbContext db) =>
        db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(nameof(AuditEntry.At))!.GetTypeMapping().Converter;
}
