using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Data;

/// <summary>
/// A statement run on the context's own connection and in its current transaction, without EF's query pipeline: for
/// hot reads whose SQL is written by hand anyway (the name search), where the pipeline's per-statement work (cache key,
/// parameter mapping, materialiser) cost as much as the indexed statement itself. Placeholders are EF's <c>{n}</c>, so
/// the same SQL text also runs through <c>SqlQueryRaw</c>; they are bound as <c>@pn</c> on either provider.
/// </summary>
internal static partial class PlainCommand
{
    /// <summary>Reads every row of <paramref name="sql"/> through <paramref name="row"/>, in the caller's open transaction.</summary>
    public static async Task<List<T>> ReadAsync<T>(DbContext db, string sql, IReadOnlyList<object> args, Func<DbDataReader, T> row, CancellationToken ct)
    {
        await using var command = Create(db, Placeholder().Replace(sql, m => "@p" + m.Groups[1].Value));
        for (var i = 0; i < args.Count; i++)
        {
            Bind(command, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), args[i]);
        }
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    /// <summary>A command on the context's connection in its current transaction; there must be one (the connection is then open).</summary>
    public static DbCommand Create(DbContext db, string sql)
    {
        var tx = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A plain command runs inside the caller's transaction.");
        var command = (tx.Connection ?? throw new InvalidOperationException("The transaction has no connection.")).CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    public static void Bind(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
