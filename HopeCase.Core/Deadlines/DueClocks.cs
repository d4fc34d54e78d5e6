using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HopeCase.Core.Deadlines;

/// <summary>
/// The sweep's read: the clocks of the next requests whose next check has passed, by id, with plain ADO.NET (a
/// tenth of the first sweep went into EF materialising the projection). Table and column names come from the EF
/// model, instants are converted by the model's own converter, and the narrow table is walked by its key. The bound on
/// the id is stated for both tables: PostgreSQL's merge join otherwise reads the requests' key from the start for every
/// batch, so the n-th batch read n × 5,000 rows before its own.
/// </summary>
internal static class DueClocks
{
    /// <param name="upToId">The last id to read: a batch read again after a refused write reads its own range, no further.</param>
    public static async Task<List<DeadlineClock>> ReadAsync(HopeDb db, DateTimeOffset now, int afterId, int take, CancellationToken ct, int upToId = int.MaxValue)
    {
        var requests = db.Model.FindEntityType(typeof(SupportRequest))!;
        var checks = db.Model.FindEntityType(typeof(NextDeadline))!;
        string R(string property) => "r." + BulkColumns.Quote(requests.FindProperty(property)!.GetColumnName());
        string N(string property) => "n." + BulkColumns.Quote(checks.FindProperty(property)!.GetColumnName());
        var at = checks.FindProperty(nameof(NextDeadline.At))!;
        var instant = at.GetTypeMapping().Converter;
        var list = new List<DeadlineClock>(take);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT {N(nameof(NextDeadline.RequestId))}, {N(nameof(NextDeadline.RequestVersion))}, {R(nameof(SupportRequest.ClockRound))},"
                + $" {R(nameof(SupportRequest.Status))}, {R(nameof(SupportRequest.SubmittedAt))}, {R(nameof(SupportRequest.DueAt))}, {R(nameof(SupportRequest.PausedSince))},"
                + $" {R(nameof(SupportRequest.PausedFor))}, {R(nameof(SupportRequest.Reference))}, {R(nameof(SupportRequest.AssignedResearcherId))}, {N(nameof(NextDeadline.At))}"
                + $" FROM {BulkColumns.Quote(checks.GetTableName()!)} AS n JOIN {BulkColumns.Quote(requests.GetTableName()!)} AS r ON {R(nameof(SupportRequest.Id))} = {N(nameof(NextDeadline.RequestId))}"
                + $" WHERE {N(nameof(NextDeadline.At))} <= @now AND {N(nameof(NextDeadline.RequestId))} > @after AND {R(nameof(SupportRequest.Id))} > @after AND {N(nameof(NextDeadline.RequestId))} <= @upTo ORDER BY {N(nameof(NextDeadline.RequestId))} LIMIT @take";
            PlainCommand.Bind(command, "@now", Stored(instant, now));
            PlainCommand.Bind(command, "@after", afterId);
            PlainCommand.Bind(command, "@take", take);
            PlainCommand.Bind(command, "@upTo", upToId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                DateTimeOffset? Instant(int i) => reader.IsDBNull(i) ? null
                    : instant is null ? reader.GetFieldValue<DateTimeOffset>(i) : (DateTimeOffset)instant.ConvertFromProvider(reader.GetInt64(i))!;
                list.Add(new DeadlineClock(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), (RequestStatus)reader.GetInt32(3), Instant(4), Instant(5), Instant(6),
                    reader.GetFieldValue<TimeSpan>(7), reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), Instant(10)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return list;
    }

    private static object Stored(ValueConverter? converter, DateTimeOffset value) => converter is null ? value : converter.ConvertToProvider(value)!;
}
