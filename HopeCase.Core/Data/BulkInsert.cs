using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>
/// Many rows in one INSERT per chunk, each written only if its unique key is free: <c>INSERT … VALUES (…), (…) ON
/// CONFLICT (key) DO NOTHING RETURNING key</c>, which SQLite (3.35+) and PostgreSQL both run. The keys returned are the
/// rows this call wrote; a key another writer holds (on PostgreSQL even one whose transaction is still open: the
/// insert waits for it) is skipped, so an effect keyed this way happens once however many nodes write it at the same
/// time. Columns and value conversions come from the EF model; the store-generated id is left to the database.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Parameters per statement. SQLite finds each named parameter by a linear search, so binding is quadratic in
    /// their number: 30,000 per statement measured 40 s for 28,000 rows; a thousand keeps it negligible.
    /// </summary>
    private const int MaxParameters = 1000;

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
        var getters = columns.Select(p => (Get: p.GetGetter(), Converter: p.GetTypeMapping().Converter)).ToList();
        var keyColumn = BulkUpdate.Quote(entity.FindProperty(key)!.GetColumnName(table)!);
        var head = $"INSERT INTO {BulkUpdate.Quote(table.Name)} ({string.Join(", ", columns.Select(p => BulkUpdate.Quote(p.GetColumnName(table)!)))}) VALUES ";
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                // ADO.NET directly: through SqlQueryRaw each statement (its text differs) was compiled and cached as a query.
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var sql = new StringBuilder(head);
                for (var i = 0; i < chunk.Length; i++)
                {
                    sql.Append(i == 0 ? "(" : ", (");
                    for (var j = 0; j < getters.Count; j++)
                    {
                        var value = getters[j].Get.GetClrValue(chunk[i]);
                        sql.Append(j == 0 ? "" : ", ");
                        if (value is null)
                        {
                            sql.Append("NULL");
                            continue;
                        }
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                        parameter.Value = getters[j].Converter?.ConvertToProvider(value) ?? value;
                        command.Parameters.Add(parameter);
                        sql.Append(parameter.ParameterName);
                    }
                    sql.Append(')');
                }
                command.CommandText = sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({keyColumn}) DO NOTHING RETURNING {keyColumn}").ToString();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    written.Add(reader.GetString(0));
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
