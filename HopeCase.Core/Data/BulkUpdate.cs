using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HopeCase.Core.Data;

/// <summary>
/// One UPDATE for many rows, each with its own value: <c>UPDATE t SET col = v.column3 FROM (VALUES (id, version,
/// value), …) AS v WHERE t.id = v.column1 AND t.version = v.column2</c>. Plain SQL that SQLite (3.33+) and PostgreSQL
/// both run, in time linear in the rows (a CASE with a branch per row was quadratic); names and value conversions come
/// from the EF model. A row whose concurrency token changed since it was read keeps its value (the other writer set it).
/// </summary>
public static class BulkUpdate
{
    /// <summary>Rows per statement, three parameters each: few enough that binding them stays cheap (see <see cref="BulkInsert"/>).</summary>
    private const int Chunk = 330;

    public static async Task<int> SetAsync<TEntity>(HopeDb db, string key, string token, string column,
        IReadOnlyList<(object Key, object Token, object? Value)> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Name(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);
        var valueProperty = entity.FindProperty(column)!;
        var converter = valueProperty.GetTypeMapping().Converter;
        var empty = $"CAST(NULL AS {valueProperty.GetColumnType()})";
        var (k, t, c) = (Name(key), Name(token), Name(column));
        var changed = 0;
        for (var start = 0; start < rows.Count; start += Chunk)
        {
            var sql = new StringBuilder($"UPDATE {Quote(table.Name)} SET {c} = v.column3 FROM (VALUES ");
            var args = new List<object>(Chunk * 3);
            var first = true;
            foreach (var (id, version, value) in rows.Skip(start).Take(Chunk))
            {
                // Whole numbers go in as literals (nothing to bind, nothing to escape); anything else as a parameter.
                string Arg(object? v)
                {
                    if (v is null)
                    {
                        return empty;
                    }
                    if (v is int or long)
                    {
                        return Convert.ToString(v, CultureInfo.InvariantCulture)!;
                    }
                    args.Add(v);
                    return $"{{{args.Count - 1}}}";
                }
                var (a, b) = (Arg(id), Arg(version));
                var then = Arg(value is null ? null : converter?.ConvertToProvider(value) ?? value);
                sql.Append(CultureInfo.InvariantCulture, $"{(first ? "" : ", ")}({a}, {b}, {then})");
                first = false;
            }
            sql.Append(CultureInfo.InvariantCulture, $") AS v WHERE {Quote(table.Name)}.{k} = v.column1 AND {Quote(table.Name)}.{t} = v.column2");
            changed += await db.Database.ExecuteSqlRawAsync(sql.ToString(), args, ct);
        }
        return changed;
    }

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
