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

    private const string PostgresSetup =
        "CREATE TABLE IF NOT EXISTS \"TestRefusedStatuses\" (\"Status\" INTEGER NOT NULL);" +
        "CREATE OR REPLACE FUNCTION refuse_status() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
        "IF NEW.\"Status\" IN (SELECT \"Status\" FROM \"TestRefusedStatuses\") THEN RAISE EXCEPTION 'the disk is full'; END IF; RETURN NEW; END $$;" +
        "DROP TRIGGER IF EXISTS refuse_status ON \"Requests\";" +
        "CREATE TRIGGER refuse_status BEFORE UPDATE OF \"Status\" ON \"Requests\" FOR EACH ROW EXECUTE FUNCTION refuse_status();";

    public static async Task RefuseStatusAsync(IDbContextFactory<HopeDb> dbs, RequestStatus status)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var postgres = db.Database.IsNpgsql();
        await db.Database.ExecuteSqlRawAsync(postgres ? PostgresSetup : Setup);
        await db.Database.ExecuteSqlRawAsync(postgres
            ? $"INSERT INTO \"TestRefusedStatuses\" (\"Status\") VALUES ({(int)status})"
            : $"INSERT INTO TestRefusedStatuses (Status) VALUES ({(int)status})");
    }

    /// <summary>Makes the database refuse to store an audit entry with this action, so the change it records must roll back too.</summary>
    public static async Task RefuseAuditAsync(IDbContextFactory<HopeDb> dbs, string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var db = await dbs.CreateDbContextAsync();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS \"TestRefusedActions\" (\"Action\" TEXT NOT NULL);" +
                "CREATE OR REPLACE FUNCTION refuse_action() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
                "IF NEW.\"Action\" IN (SELECT \"Action\" FROM \"TestRefusedActions\") THEN RAISE EXCEPTION 'the disk is full'; END IF; RETURN NEW; END $$;" +
                "DROP TRIGGER IF EXISTS refuse_action ON \"AuditEntries\";" +
                "CREATE TRIGGER refuse_action BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION refuse_action();");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"TestRefusedActions\" (\"Action\") VALUES ({action})");
            return;
        }
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS TestRefusedActions (Action TEXT NOT NULL);" +
            "CREATE TRIGGER IF NOT EXISTS refuse_action BEFORE INSERT ON AuditEntries " +
            "WHEN NEW.Action IN (SELECT Action FROM TestRefusedActions) BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;");
        await db.Database.ExecuteSqlAsync($"INSERT INTO TestRefusedActions (Action) VALUES ({action})");
    }

    public static async Task AllowAuditAgainAsync(IDbContextFactory<HopeDb> dbs)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "DELETE FROM \"TestRefusedActions\"" : "DELETE FROM TestRefusedActions");
    }

    public static async Task AllowAgainAsync(IDbContextFactory<HopeDb> dbs, RequestStatus status)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? $"DELETE FROM \"TestRefusedStatuses\" WHERE \"Status\" = {(int)status}"
            : $"DELETE FROM TestRefusedStatuses WHERE Status = {(int)status}");
    }
}
