using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>
/// Many rows, each written only if its unique key is free (<c>ON CONFLICT (key) DO NOTHING</c>); returns the keys this
/// call wrote. A key another writer holds (on PostgreSQL even one whose transaction is still open: the insert waits
/// for it) is skipped, so an effect keyed this way happens once however many nodes write it at the same time.
/// One statement for all the rows, <c>INSERT … SELECT … ON CONFLICT (key) DO NOTHING RETURNING key</c>, reading them
/// from one parameter on SQLite (a JSON array through <c>json_each</c>: binding each row's values cost more than the
/// insert) and from one typed array per column on PostgreSQL (<c>unnest(@column1, @column2, …)</c>).
/// Columns and value conversions come from the EF model; the store-generated id is left to the database.
/// When the caller knows the keys are new but for a race (<c>expectNew</c>), PostgreSQL first gets a plain <c>INSERT</c>
/// in a savepoint: <c>ON CONFLICT</c>'s speculative insertion cost a fifth of the first deadline sweep's 140,000 inserts.
/// When the unique index refuses a key (written meanwhile by another node, or twice in the rows), the insert is undone
/// to the savepoint and the rows go through the <c>ON CONFLICT</c> statement, which skips the keys already there.
/// </summary>
public static class BulkInsert
{
    /// <param name="expectNew">The caller knows no key can be there yet, but for a race: on PostgreSQL a plain insert is tried first.</param>
    public static async Task<HashSet<string>> InsertNewAsync<TEntity>(HopeDb db, string key, IReadOnlyCollection<TEntity> rows, bool expectNew = false, CancellationToken ct = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return written;
        }
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        if (columns.Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} has a shadow property; bulk insert reads values from the object.");
        }
        var keyColumn = BulkColumns.Quote(entity.FindProperty(key)!.GetColumnName(table)!);
        var head = $"INSERT INTO {BulkColumns.Quote(table.Name)} ({string.Join(", ", columns.Select(p => BulkColumns.Quote(p.GetColumnName(table)!)))})";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // ADO.NET directly: through SqlQueryRaw each statement would be compiled and cached as a query.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.IsNpgsql())
            {
                var arrays = columns.Select(p => BulkColumns.ArrayOf(command, p, rows.Count)).ToList();
                var i = 0;
                foreach (var row in rows)
                {
                    for (var j = 0; j < columns.Count; j++)
                    {
                        arrays[j].Set(i, columns[j].GetGetter().GetClrValue(row));
                    }
                    i++;
                }
                command.CommandText = $"{head} SELECT * FROM unnest({string.Join(", ", arrays.Select(a => a.Parameter.ParameterName))})";
                if (expectNew && await TryPlainAsync(command, ct))
                {
                    var getKey = entity.FindProperty(key)!.GetGetter();
                    written.UnionWith(rows.Select(r => (string)getKey.GetClrValue(r)!));
                    return written;
                }
            }
            else
            {
                var json = command.CreateParameter();
                json.ParameterName = "@rows";
                json.Value = BulkColumns.Json(rows, [.. columns.Select(p => ((Func<TEntity, object?>)p.GetGetter().GetClrValue, p.GetTypeMapping().Converter))]);
                command.Parameters.Add(json);
                // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
                command.CommandText = $"{head} SELECT {BulkColumns.JsonColumns(columns.Count)} FROM json_each(@rows) WHERE true";
            }
            command.CommandText += $" ON CONFLICT ({keyColumn}) DO NOTHING RETURNING {keyColumn}";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                written.Add(reader.GetString(0));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return written;
    }

    /// <summary>
    /// The rows by a plain <c>INSERT</c>, in a savepoint of the caller's transaction (or alone): true when all were
    /// written, false, undone, when the unique index refused a key.
    /// </summary>
    private static async Task<bool> TryPlainAsync(System.Data.Common.DbCommand command, CancellationToken ct)
    {
        const string savepoint = "bulk_insert_new";
        var tx = command.Transaction;
        if (tx is not null)
        {
            await tx.SaveAsync(savepoint, ct);
        }
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation)
        {
            if (tx is not null)
            {
                await tx.RollbackAsync(savepoint, ct);
            }
            return false;
        }
        if (tx is not null)
        {
            await tx.ReleaseAsync(savepoint, ct);
        }
        return true;
    }
}
