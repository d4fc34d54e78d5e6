using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Data;

/// <summary>
/// The counter rows behind letter numbers and file numbers, in SQL both SQLite and PostgreSQL accept (quoted names,
/// ON CONFLICT DO NOTHING, UPDATE … RETURNING). Each call runs in the caller's write transaction
/// (<see cref="WriteTransaction"/>): the UPDATE locks the row until commit, so numbers are unique across nodes, and a
/// rollback gives the number back, so they have no gaps.
/// </summary>
public static class Counters
{
    /// <summary>Adds the year's file counter at <paramref name="last"/> unless it is there.</summary>
    public static Task EnsureFileSequenceAsync(HopeDb db, int year, int last, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"INSERT INTO \"FileSequences\" (\"Year\", \"Last\") VALUES ({year}, {last}) ON CONFLICT (\"Year\") DO NOTHING", ct);
    }

    /// <summary>The next file number of the year (1 for the first).</summary>
    public static async Task<int> NextFileNumberAsync(HopeDb db, int year, CancellationToken ct = default)
    {
        await EnsureFileSequenceAsync(db, year, 0, ct);
        // Not composed into a sub-query: an UPDATE … RETURNING can only run as written.
        var taken = await db.Database.SqlQuery<int>($"UPDATE \"FileSequences\" SET \"Last\" = \"Last\" + 1 WHERE \"Year\" = {year} RETURNING \"Last\" AS \"Value\"")
            .ToListAsync(ct);
        return taken.Single();
    }

    /// <summary>Moves the year's letter counter from <paramref name="sequence"/> to the next; false when another writer took it first.</summary>
    public static async Task<bool> TakeLetterNumberAsync(HopeDb db, int year, int sequence, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"LetterSequences\" (\"HijriYear\", \"Next\") VALUES ({year}, 1) ON CONFLICT (\"HijriYear\") DO NOTHING", ct);
        var moved = await db.Database.ExecuteSqlAsync(
            $"UPDATE \"LetterSequences\" SET \"Next\" = \"Next\" + 1 WHERE \"HijriYear\" = {year} AND \"Next\" = {sequence}", ct);
        return moved == 1;
    }
}
