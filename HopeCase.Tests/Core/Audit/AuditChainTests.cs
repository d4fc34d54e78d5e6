using System.Diagnostics;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Inquiries;
using HopeCase.Core.Security;
using HopeCase.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Audit;

/// <summary>The trail is sealed in the change's own save, refused UPDATE and DELETE by the database, and chained by an HMAC.</summary>
public sealed class AuditChainTests
{
    private static readonly Actor Officer = new("u-1", "موظف", new HashSet<string> { HopeCase.Core.Staff.Roles.RelationsOfficer }, "127.0.0.1");

    [Fact]
    public async Task A_row_changed_with_the_sqlite3_cli_after_dropping_the_trigger_is_reported_as_the_first_broken_row()
    {
        using var folder = new TempFolder("audit-chain");
        var path = folder.File("hopecase.db");
        var (dbs, log) = await OpenAsync(path);
        for (var i = 1; i <= 5; i++)
        {
            await log.RecordAsync(Officer, "BeneficiaryFileRead", "Beneficiary", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var key = AuditChainKey.Resolve(null, AuditChainKey.FileBeside(path));
        Assert.Equal("ok 5 rows", (await AuditVerifier.VerifyAsync(dbs, key)).ToString());

        // With the trigger in place the database itself refuses the edit.
        var refused = Sqlite3(path, "UPDATE AuditEntries SET EntityId = '99' WHERE Seq = 3;");
        Assert.Contains("append-only", refused, StringComparison.Ordinal);
        Assert.Equal("ok 5 rows", (await AuditVerifier.VerifyAsync(dbs, key)).ToString());

        // An attacker holding the file drops the trigger and rewrites row 3.
        Sqlite3(path, "DROP TRIGGER AuditEntries_NoUpdate; UPDATE AuditEntries SET EntityId = '99' WHERE Seq = 3;");
        SqliteConnection.ClearAllPools();
        var broken = await AuditVerifier.VerifyAsync(dbs, key);
        Assert.False(broken.Ok);
        Assert.Equal(3, broken.BrokenSeq);
        Assert.Contains("changed", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_removed_with_the_sqlite3_cli_is_reported_where_the_gap_is()
    {
        using var folder = new TempFolder("audit-chain");
        var path = folder.File("hopecase.db");
        var (dbs, log) = await OpenAsync(path);
        for (var i = 1; i <= 4; i++)
        {
            await log.RecordAsync(Officer, "StudyRead", "SupportRequest", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Contains("append-only", Sqlite3(path, "DELETE FROM AuditEntries WHERE Seq = 2;"), StringComparison.Ordinal);
        Sqlite3(path, "DROP TRIGGER AuditEntries_NoDelete; DELETE FROM AuditEntries WHERE Seq = 2;");
        SqliteConnection.ClearAllPools();
        var broken = await AuditVerifier.VerifyAsync(dbs, AuditChainKey.Resolve(null, AuditChainKey.FileBeside(path)));
        Assert.Equal(2, broken.BrokenSeq);
        Assert.Contains("removed", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_key_a_recomputed_chain_does_not_verify()
    {
        using var folder = new TempFolder("audit-chain");
        var path = folder.File("hopecase.db");
        var (dbs, log) = await OpenAsync(path);
        await log.RecordAsync(Officer, "StudyRead", "SupportRequest", "1");
        var other = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        Assert.Equal(1, (await AuditVerifier.VerifyAsync(dbs, other)).BrokenSeq);
    }

    [Fact]
    public async Task A_change_that_fails_to_save_leaves_no_entry_and_an_entry_commits_with_its_change()
    {
        using var folder = new TempFolder("audit-chain");
        var path = folder.File("hopecase.db");
        var (dbs, log) = await OpenAsync(path);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_faq BEFORE INSERT ON Faq WHEN NEW.QuestionAr = 'يرفض' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;");
            db.Faq.Add(new FaqEntry(GuideKind.Bylaws, "يرفض", "جواب", null, null));
            log.Add(db, Officer, "FaqAdded", "FaqEntry");
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = await dbs.CreateDbContextAsync())
        {
            Assert.Equal(0, await db.AuditEntries.CountAsync());
            db.Faq.Add(new FaqEntry(GuideKind.Bylaws, "سؤال", "جواب", null, null));
            log.Add(db, Officer, "FaqAdded", "FaqEntry");
            await db.SaveChangesAsync();
        }
        await using (var check = await dbs.CreateDbContextAsync())
        {
            var entry = await check.AuditEntries.SingleAsync();
            Assert.Equal(1, entry.Seq);
            Assert.Contains("\"QuestionAr\":[null,\"سؤال\"]", System.Text.RegularExpressions.Regex.Unescape(entry.Changes!), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Before_and_after_values_mask_national_ids_and_details_mask_them_too()
    {
        using var folder = new TempFolder("audit-chain");
        var path = folder.File("hopecase.db");
        var (dbs, log) = await OpenAsync(path);
        await log.RecordAsync(Officer, "BeneficiarySearched", "Beneficiary", null, "1012345678 أحمد");
        await using var db = await dbs.CreateDbContextAsync();
        Assert.Equal("******5678 أحمد", (await db.AuditEntries.SingleAsync()).Details);
    }

    [Fact]
    public async Task Concurrent_writers_append_one_unbroken_chain()
    {
        using var folder = new TempFolder("audit-chain");
        var path = folder.File("hopecase.db");
        var (dbs, log) = await OpenAsync(path);
        // A second factory on the same file stands for a second process: only SQLite's write lock stands between them.
        var (_, other) = await OpenAsync(path);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? log : other).RecordAsync(Officer, "StudyRead", "SupportRequest", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        Assert.Equal("ok 40 rows", (await AuditVerifier.VerifyAsync(dbs, AuditChainKey.Resolve(null, AuditChainKey.FileBeside(path)))).ToString());
    }

    private static async Task<(IDbContextFactory<HopeDb> Dbs, AuditLog Log)> OpenAsync(string path)
    {
        // The attacks these tests stand for work on the SQLite file itself (the sqlite3 CLI, a second process on the file).
        var dbs = await TestDb.MigratedAsync(HopeCase.Core.Data.DataSettings.Sqlite(path));
        return (dbs, new AuditLog(dbs, TimeProvider.System));
    }

    private static string Sqlite3(string path, string sql)
    {
        // The CLI waits up to 5 s for a lock the app's pool may still hold for a moment (without it, "database is locked").
        var start = new ProcessStartInfo("sqlite3", ["-cmd", ".timeout 5000", path, sql]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
