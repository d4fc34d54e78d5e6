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

    /// <summary>Makes the database refuse every audit entry of <paramref name="action"/>: a save that carries one must fail whole.</summary>
    public static async Task RefuseAuditAsync(IDbContextFactory<HopeDb> dbs, string action)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var quoted = action.Replace("'", "''", StringComparison.Ordinal);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? "CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
              $"IF NEW.\"Action\" = '{quoted}' THEN RAISE EXCEPTION 'the disk is full'; END IF; RETURN NEW; END $$;" +
              "DROP TRIGGER IF EXISTS refuse_audit ON \"AuditEntries\";" +
              "CREATE TRIGGER refuse_audit BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION refuse_audit();"
            : $"CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries WHEN NEW.Action = '{quoted}' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;");
    }

    public static async Task AllowAgainAsync(IDbContextFactory<HopeDb> dbs, RequestStatus status)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? $"DELETE FROM \"TestRefusedStatuses\" WHERE \"Status\" = {(int)status}"
            : $"DELETE FROM TestRefusedStatuses WHERE Status = {(int)status}");
    }
}
