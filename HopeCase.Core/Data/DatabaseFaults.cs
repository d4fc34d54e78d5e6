using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HopeCase.Core.Data;

/// <summary>
/// Tells a database that is away (PostgreSQL stopped or unreachable, a SQLite file locked or gone) from a bug or a
/// refused statement, so the pages can say «تعذّر الوصول إلى قاعدة البيانات» and wait, instead of showing an error. A
/// constraint violation or a syntax error is not "away": it is the code's business.
/// </summary>
public static class DatabaseFaults
{
    public static bool IsLost(Exception? ex) => ex switch
    {
        null => false,
        // Server errors: only the connection classes (08…), shutdown and start-up (57P01-57P03), too many connections.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        // Npgsql's own errors (no server answer): refused, reset, timed out.
        NpgsqlException => true,
        // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN.
        SqliteException s => s.SqliteErrorCode is 5 or 6 or 10 or 14,
        TimeoutException or SocketException => true,
        AggregateException a => a.InnerExceptions.Any(IsLost),
        _ => IsLost(ex.InnerException),
    };
}
