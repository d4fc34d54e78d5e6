using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>
/// Many rows, each set to its own value, guarded by its concurrency token: a row whose token changed since it was read
/// keeps its value (the other writer set it), and a row that already holds its value is not written again (on
/// PostgreSQL a rewritten row is a new row version in every index). One statement for all the rows: <c>UPDATE t SET
/// col = v.value FROM (the rows) AS v WHERE t.key = v.key AND t.token = v.token</c>, the rows read from one JSON
/// parameter through <c>json_each</c> on SQLite and from three typed arrays through <c>unnest</c> on PostgreSQL. Names
/// and value conversions come from the EF model.
/// </summary>
public static class BulkUpdate
{
    public static async Task<int> SetAsync<TEntity>(HopeDb db, string key, string token, string column,
        IReadOnlyList<(object Key, object Token, object? Value)> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return 0;
        }
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = new[] { key, token, column }.Select(p => entity.FindProperty(p)!).ToArray();
        var (k, t, c) = (Name(properties[0]), Name(properties[1]), Name(properties[2]));
        var name = BulkColumns.Quote(table.Name);
        string Name(IProperty p) => BulkColumns.Quote(p.GetColumnName(table)!);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.IsNpgsql())
            {
                var arrays = properties.Select(p => BulkColumns.ArrayOf(command, p, rows.Count)).ToArray();
                for (var i = 0; i < rows.Count; i++)
                {
                    arrays[0].Set(i, rows[i].Key);
                    arrays[1].Set(i, rows[i].Token);
                    arrays[2].Set(i, rows[i].Value);
                }
                // The keys' range bounds the table's side too: without it the planner merge-joins the rows with the
                // table's key read from its first row, so each batch of a sweep read every row before its own.
                command.CommandText = $"WITH v AS (SELECT * FROM unnest({string.Join(", ", arrays.Select(a => a.Parameter.ParameterName))}) AS v(row_key, row_token, row_value))"
                    + $" UPDATE {name} SET {c} = v.row_value FROM v"
                    + $" WHERE {name}.{k} = v.row_key AND {name}.{t} = v.row_token AND {name}.{c} IS DISTINCT FROM v.row_value"
                    + $" AND {name}.{k} BETWEEN (SELECT min(row_key) FROM v) AND (SELECT max(row_key) FROM v)";
                return await command.ExecuteNonQueryAsync(ct);
            }
            var json = command.CreateParameter();
            json.ParameterName = "@rows";
            json.Value = BulkColumns.Json(rows, [(r => r.Key, null), (r => r.Token, null), (r => r.Value, properties[2].GetTypeMapping().Converter)]);
            command.Parameters.Add(json);
            command.CommandText = $"UPDATE {name} SET {c} = v.value ->> 2 FROM json_each(@rows) AS v"
                + $" WHERE {name}.{k} = v.value ->> 0 AND {name}.{t} = v.value ->> 1 AND {name}.{c} IS NOT v.value ->> 2";
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
