using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>
/// Many rows, each written only if its unique key is free (<c>ON CONFLICT (key) DO NOTHING</c>); returns the keys this
/// call wrote. A key another writer holds (on PostgreSQL even one whose transaction is still open: the insert waits
/// for it) is skipped, so an effect keyed this way happens once however many nodes write it at the same time.
/// On SQLite one prepared single-row INSERT, reused for every row (in-process, so a statement per row costs no round
/// trip, and nothing is parsed or bound twice; its count of changed rows says whether the key was free). On PostgreSQL
/// one statement for all the rows: <c>INSERT … SELECT * FROM unnest(@column1, @column2, …) … RETURNING key</c>, each
/// column sent as one typed array. Columns and value conversions come from the EF model; the store-generated id is
/// left to the database.
/// </summary>
public static class BulkInsert
{
    public static async Task<HashSet<string>> InsertNewAsync<TEntity>(HopeDb db, string key, IReadOnlyCollection<TEntity> rows, CancellationToken ct = default)
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
        var keyProperty = entity.FindProperty(key)!;
        var keyColumn = BulkColumns.Quote(keyProperty.GetColumnName(table)!);
        var head = $"INSERT INTO {BulkColumns.Quote(table.Name)} ({string.Join(", ", columns.Select(p => BulkColumns.Quote(p.GetColumnName(table)!)))})";
        var conflict = $" ON CONFLICT ({keyColumn}) DO NOTHING";
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
                var names = string.Join(", ", arrays.Select(a => a.Parameter.ParameterName));
                command.CommandText = $"{head} SELECT * FROM unnest({names}){conflict} RETURNING {keyColumn}";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    written.Add(reader.GetString(0));
                }
                return written;
            }
            var parameters = columns.Select((p, j) => BulkColumns.ScalarOf(command, p, "@p" + j)).ToList();
            command.CommandText = $"{head} VALUES ({string.Join(", ", parameters.Select(p => p.Parameter.ParameterName))}){conflict}";
            command.Prepare();
            var keyGetter = keyProperty.GetGetter();
            foreach (var row in rows)
            {
                for (var j = 0; j < columns.Count; j++)
                {
                    parameters[j].Set(columns[j].GetGetter().GetClrValue(row));
                }
                if (await command.ExecuteNonQueryAsync(ct) == 1)
                {
                    written.Add((string)keyGetter.GetClrValue(row)!);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return written;
    }
}
