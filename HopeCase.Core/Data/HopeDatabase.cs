using HopeCase.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Data;

/// <summary>Configures the provider, then opens, checks and migrates the database (the SQLite file, or PostgreSQL through <see cref="PostgresDatabase"/>).</summary>
public static class HopeDatabase
{
    /// <summary>Written into the SQLite header (PRAGMA application_id) so a HopeCase file is recognised as one: "Hope".</summary>
    public const int ApplicationId = 0x486F7065;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        Cache = SqliteCacheMode.Default,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// SQLite at <paramref name="path"/>, with the audit chain keyed by <paramref name="chainKey"/> (the setting
    /// Audit:ChainKey) or else by the key file beside the database, created when the first entry is written
    /// (<see cref="AuditChainKey"/>).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, string path, string? chainKey = null) =>
        Configure(options, DataSettings.Sqlite(path), chainKey, IsFile(path) ? AuditChainKey.FileBeside(path) : null);

    /// <summary>
    /// The provider of <paramref name="settings"/>, with this model's migrations set for it, and the audit chain keyed by
    /// <paramref name="chainKey"/> or else by <paramref name="keyFile"/> (several nodes on PostgreSQL must share
    /// Audit:ChainKey); with neither, a key of this process only (tests on in-memory databases).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, DataSettings settings, string? chainKey = null, string? keyFile = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.IsPostgres)
        {
            options.UseNpgsql(settings.ConnectionString, pg => pg.CommandTimeout(60).ExecutionStrategy(d => new PostgresRetry(d)));
        }
        else
        {
            options.UseSqlite(settings.ConnectionString, sqlite => sqlite.CommandTimeout(60));
        }
        options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, ProviderMigrations>();
        var key = new Lazy<byte[]>(() => !string.IsNullOrWhiteSpace(chainKey) || keyFile is not null
            ? AuditChainKey.Resolve(chainKey, keyFile ?? "")
            : System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        options.AddInterceptors(new AuditChainInterceptor(key));
    }

    /// <summary>
    /// Refuses a file that is not a HopeCase database or was written by a newer HopeCase, then applies the
    /// migrations and switches the file to WAL. Checks read the file read-only, so a refused file is untouched.
    /// </summary>
    /// <returns>The migrations this call applied (none when another node had applied them).</returns>
    public static async Task<IReadOnlyList<string>> PrepareAsync(IDbContextFactory<HopeDb> dbs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dbs);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (db.Database.IsNpgsql())
        {
            var applied = await PostgresDatabase.PrepareAsync(db, ct);
            await BackfillOnceAsync(dbs, NameIndexPending(applied), ct);
            return applied;
        }
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);

        SqliteMigrationGuard? guard = null;
        if (IsFile(path))
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (File.Exists(full) && new FileInfo(full).Length > 0)
            {
                await CheckExistingFileAsync(full, known, ct);
            }
            guard = await SqliteMigrationGuard.AcquireAsync(full, MigrationPatience, ct);
        }
        using var held = guard;
        if (held is not null)
        {
            await SqliteMigrationGuard.RemoveDeadStartsLockAsync(db, ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await BackfillOnceAsync(dbs, NameIndexPending(pending), ct);
        await db.Database.ExecuteSqlRawAsync($"PRAGMA application_id = {ApplicationId};", ct);
        if (IsFile(path))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
        return pending;
    }

    /// <summary>How long a start waits for another process that is preparing the same SQLite file.</summary>
    private static readonly TimeSpan MigrationPatience = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The migrations that added the name index (SQLite's own, PostgreSQL's merged one): files written before either have no
    /// match key yet. After it every save writes the key and the tokens, so the backfill is needed at one start only,
    /// the one that applies it; that migration's row in the history is the marker.
    /// </summary>
    public static readonly IReadOnlyList<string> NameIndexMigrations = ["20261202005649_SearchNameIndex", "20261202023335_BranchesMerged"];

    private static bool NameIndexPending(IEnumerable<string> pending) => pending.Any(m => NameIndexMigrations.Contains(m, StringComparer.Ordinal));

    private static async Task BackfillOnceAsync(IDbContextFactory<HopeDb> dbs, bool indexMigrationApplied, CancellationToken ct)
    {
        if (indexMigrationApplied)
        {
            await Beneficiaries.BeneficiaryNameIndex.BackfillAsync(dbs, ct);
        }
    }

    /// <summary>True for the errors of a database that cannot be reached or answered (either provider), as opposed to a bug.</summary>
    public static bool IsUnavailable(Exception ex) =>
        ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException or System.Net.Sockets.SocketException
        || ex.InnerException is { } inner && IsUnavailable(inner);

    private static bool IsFile(string path) =>
        !string.IsNullOrEmpty(path) && path != ":memory:" && !path.StartsWith("file::memory:", StringComparison.Ordinal);

    private static async Task CheckExistingFileAsync(string path, HashSet<string> known, CancellationToken ct)
    {
        var header = new byte[SqliteHeader.Length];
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            var read = await stream.ReadAsync(header, ct);
            if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw new DatabaseStartupException(
                    $"The file '{path}' is not a SQLite database, so it is not a HopeCase database. HopeCase has not changed it. " +
                    "Point the setting Data:Folder at another folder, or move the file away.");
            }
        }

        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(readOnly);
        await connection.OpenAsync(ct);

        var applicationId = Convert.ToInt64(await Scalar(connection, "PRAGMA application_id;", ct), System.Globalization.CultureInfo.InvariantCulture);
        var tables = Convert.ToInt64(await Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table';", ct), System.Globalization.CultureInfo.InvariantCulture);
        var hasHistory = Convert.ToInt64(await Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';", ct), System.Globalization.CultureInfo.InvariantCulture) == 1;

        if (applicationId != ApplicationId && tables > 0)
        {
            throw new DatabaseStartupException(
                $"The file '{path}' is a SQLite database of another application (application_id {applicationId}, {tables} tables), not a HopeCase database. " +
                "HopeCase has not changed it. Point the setting Data:Folder at another folder.");
        }

        if (hasHistory)
        {
            var unknown = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId;";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetString(0);
                if (!known.Contains(id))
                {
                    unknown.Add(id);
                }
            }
            if (unknown.Count > 0)
            {
                throw new DatabaseStartupException(
                    $"The database '{path}' was written by a newer version of HopeCase (unknown migrations: {string.Join(", ", unknown)}). " +
                    "HopeCase has not changed it. Install the newer HopeCase, or restore a backup made by this version.");
            }
        }
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
