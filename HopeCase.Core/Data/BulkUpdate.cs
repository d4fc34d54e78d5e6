using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HopeCase.Core.Data;

/// <summary>
/// One UPDATE for many rows, each with its own value: <c>SET col = CASE WHEN id = … AND version = … THEN … ELSE col
/// END WHERE id IN (…)</c>. Plain SQL that SQLite and PostgreSQL both run; names and value conversions come from the
/// EF model. A row whose concurrency token changed since it was read keeps its value (the other writer set it).
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
        string Name(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);
        var valueProperty = entity.FindProperty(column)!;
        var converter = valueProperty.GetTypeMapping().Converter;
        var (k, t, c) = (Name(key), Name(token), Name(column));

        var sql = new StringBuilder($"UPDATE {Quote(table.Name)} SET {c} = CASE");
        var args = new List<object>(rows.Count * 3);
        var ids = new List<int>(rows.Count);
        foreach (var (id, version, value) in rows)
        {
            var then = value is null ? "NULL" : $"{{{args.Count + 2}}}";
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {k} = {{{args.Count}}} AND {t} = {{{args.Count + 1}}} THEN {then}");
            ids.Add(args.Count);
            args.Add(id);
            args.Add(version);
            if (value is not null)
            {
                args.Add(converter?.ConvertToProvider(value) ?? value);
            }
        }
        sql.Append(CultureInfo.InvariantCulture, $" ELSE {c} END WHERE {k} IN (");
        sql.AppendJoin(", ", ids.Select(i => $"{{{i}}}"));
        sql.Append(')');
        return await db.Database.ExecuteSqlRawAsync(sql.ToString(), args, ct);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
