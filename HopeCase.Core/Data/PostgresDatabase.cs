using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HopeCase.Core.Data;

/// <summary>
/// Start-up on PostgreSQL: an unreachable server stops with a message naming the setting; a database that holds
/// another application's tables, or was migrated by a newer HopeCase, is refused untouched; otherwise migrated.
/// </summary>
internal static class PostgresDatabase
{
    /// <returns>The migrations this call applied.</returns>
    public static async Task<IReadOnlyList<string>> PrepareAsync(HopeDb db, CancellationToken ct)
    {
        var where = Describe(db.Database.GetConnectionString());
        try
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        catch (Exception ex) when (HopeDatabase.IsUnavailable(ex))
        {
            throw Unreachable(db.Database.GetConnectionString(), ex);
        }
        try
        {
            var tables = await db.Database.SqlQuery<string>(
                $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'").ToListAsync(ct);
            var history = tables.Contains("__EFMigrationsHistory", StringComparer.Ordinal);
            if (tables.Count > 0 && !history && !tables.All(t => t.StartsWith("hangfire", StringComparison.OrdinalIgnoreCase)))
            {
                throw new DatabaseStartupException(
                    $"The PostgreSQL database {where} holds {tables.Count} tables of another application, not a HopeCase database. " +
                    "HopeCase has not changed it. Point ConnectionStrings:Postgres at an empty database.");
            }
            if (history)
            {
                var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
                var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(id => !known.Contains(id)).ToList();
                if (unknown.Count > 0)
                {
                    throw new DatabaseStartupException(
                        $"The database {where} was written by a newer version of HopeCase (unknown migrations: {string.Join(", ", unknown)}). " +
                        "HopeCase has not changed it. Install the newer HopeCase, or restore a backup made by this version.");
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        return pending;
    }

    /// <summary>The start-up error of a server that cannot be reached, naming the setting.</summary>
    public static DatabaseStartupException Unreachable(string? connectionString, Exception ex) => new(
        $"PostgreSQL at {Describe(connectionString)} cannot be reached ({ex.GetBaseException().Message}). Check the setting " +
        "ConnectionStrings:Postgres (or Data:ConnectionString), that the server runs and accepts this user, or set Data:Provider=Sqlite.");

    /// <summary>Host, port and database of a connection string, never its password.</summary>
    public static string Describe(string? connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"'{b.Host}:{b.Port}/{b.Database}'";
    }
}
