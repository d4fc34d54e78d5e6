using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Support;

/// <summary>Makes the database itself refuse to store a request in a given state, so a move's save fails and rolls back.</summary>
public static class FailingSaves
{
    private const string Setup =
        "CREATE TABLE IF NOT EXISTS TestRefusedStatuses (Status INTEGER NOT NULL);" +
        "CREATE TRIGGER IF NOT EXISTS refuse_status BEFORE UPDATE OF Status ON Requests " +
        "WHEN NEW.Status IN (SELECT Status FROM TestRefusedStatuses) BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;";

    public static async Task RefuseStatusAsync(IDbContextFactory<HopeDb> dbs, RequestStatus status)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(Setup);
        await db.Database.ExecuteSqlAsync($"INSERT INTO TestRefusedStatuses (Status) VALUES ({(int)status})");
    }

    public static async Task AllowAgainAsync(IDbContextFactory<HopeDb> dbs, RequestStatus status)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM TestRefusedStatuses WHERE Status = {(int)status}");
    }
}
