using HopeCase.Core.Backup;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Backup;

/// <summary>Backup files on a real SQLite data folder: what comes back, and what is refused untouched.</summary>
public sealed class BackupFileTests
{
    [Fact]
    public async Task A_backup_restores_every_row_and_file_with_integrity_ok()
    {
        using var w = await BackupWorld.CreateAsync(rows: 40);
        // More than two encryption chunks of bytes that do not compress.
        var big = System.Security.Cryptography.RandomNumberGenerator.GetBytes(2_600_000);
        Directory.CreateDirectory(Path.Combine(w.Data, "documents"));
        await File.WriteAllBytesAsync(Path.Combine(w.Data, "documents", "big.bin"), big);
        var header = await w.BackupAsync();
        var restored = await w.RestoreAsync();

        Assert.Equal(w.Installation, restored.InstallationId);
        Assert.Equal(BackupWorld.Known().Max(StringComparer.Ordinal), header.SchemaVersion);
        var db = Path.Combine(w.Target, SqliteSnapshot.MainDatabase);
        Assert.Equal(Enumerable.Range(1, 40), await BackupWorld.RowsAsync(db));
        Assert.Equal("ok", await SqliteSnapshot.IntegrityAsync(db));
        Assert.Equal("<key/>", await File.ReadAllTextAsync(Path.Combine(w.Target, "keys", "key-1.xml")));
        Assert.False(File.Exists(db + "-wal"));
        Assert.Equal(big, await File.ReadAllBytesAsync(Path.Combine(w.Target, "documents", "big.bin")));
    }

    [Fact]
    public async Task The_file_is_encrypted_so_no_row_text_is_readable_in_it()
    {
        using var w = await BackupWorld.CreateAsync();
        await w.BackupAsync();
        var bytes = await File.ReadAllBytesAsync(w.File);
        Assert.Equal(-1, bytes.AsSpan().IndexOf("BackupTestRow"u8));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("SQLite format 3"u8));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_the_reason_in_arabic_and_english_and_nothing_is_written()
    {
        using var w = await BackupWorld.CreateAsync();
        await w.BackupAsync();
        var before = w.FileHash();

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync(BackupKey.Generate()));

        Assert.Contains("Backup:Key", refused.English, StringComparison.Ordinal);
        Assert.Contains("ليس المفتاح", refused.Arabic, StringComparison.Ordinal);
        Assert.False(Directory.Exists(w.Target));
        Assert.Equal(before, w.FileHash());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-base64-at-all")]
    [InlineData("c2hvcnQ=")]
    public void A_missing_or_malformed_key_is_refused_naming_the_setting(string? configured)
    {
        var refused = Assert.Throws<BackupRefusedException>(() => BackupKey.Parse(configured));
        Assert.Contains("Backup:Key", refused.English, StringComparison.Ordinal);
        Assert.Contains("Backup:Key", refused.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_of_another_installation_is_refused_untouched()
    {
        using var w = await BackupWorld.CreateAsync();
        await w.BackupAsync();
        var before = w.FileHash();

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync(installation: "another-association"));

        Assert.Contains("another installation", refused.English, StringComparison.Ordinal);
        Assert.Contains("تثبيت آخر", refused.Arabic, StringComparison.Ordinal);
        Assert.False(Directory.Exists(w.Target));
        Assert.Equal(before, w.FileHash());
    }

    [Fact]
    public async Task A_backup_written_by_a_newer_schema_is_refused_untouched()
    {
        using var w = await BackupWorld.CreateAsync();
        await using (var db = TestDb.Factory(HopeCase.Core.Data.DataSettings.Sqlite(Path.Combine(w.Data, SqliteSnapshot.MainDatabase))).CreateDbContext())
        {
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
                "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');");
        }
        var header = await w.BackupAsync();
        Assert.Equal("29991231000000_FromTheFuture", header.SchemaVersion);
        var before = w.FileHash();

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync());

        Assert.Contains("newer HopeCase", refused.English, StringComparison.Ordinal);
        Assert.False(Directory.Exists(w.Target));
        Assert.Equal(before, w.FileHash());
    }

    [Fact]
    public async Task A_file_of_a_newer_format_is_refused_before_its_header_is_read_further()
    {
        using var w = await BackupWorld.CreateAsync();
        var header = await w.BackupAsync();
        var bytes = await File.ReadAllBytesAsync(w.File);
        var newer = header.Encode(BackupHeader.CurrentFormat + 1);
        newer.CopyTo(bytes, 0);
        await File.WriteAllBytesAsync(w.File, bytes);
        var before = w.FileHash();

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync());

        Assert.Contains("newer format", refused.English, StringComparison.Ordinal);
        Assert.False(Directory.Exists(w.Target));
        Assert.Equal(before, w.FileHash());
    }

    [Fact]
    public async Task A_changed_byte_or_a_cut_file_is_refused_and_the_target_stays_empty()
    {
        using var w = await BackupWorld.CreateAsync();
        await w.BackupAsync();
        var bytes = await File.ReadAllBytesAsync(w.File);
        bytes[^40] ^= 0x01;
        await File.WriteAllBytesAsync(w.File, bytes);
        Directory.CreateDirectory(w.Target);

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync());
        Assert.Contains("damaged", refused.English, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(w.Target));

        await File.WriteAllBytesAsync(w.File, bytes[..^17]);
        await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(w.Target));
    }

    [Fact]
    public async Task A_restore_into_a_folder_that_is_not_empty_is_refused_and_the_folder_kept()
    {
        using var w = await BackupWorld.CreateAsync();
        await w.BackupAsync();
        Directory.CreateDirectory(w.Target);
        await File.WriteAllTextAsync(Path.Combine(w.Target, "hopecase.db"), "live data");

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => w.RestoreAsync());

        Assert.Contains("not empty", refused.English, StringComparison.Ordinal);
        Assert.Equal("live data", await File.ReadAllTextAsync(Path.Combine(w.Target, "hopecase.db")));
    }
}
