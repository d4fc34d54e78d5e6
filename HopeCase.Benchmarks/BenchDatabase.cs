using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace HopeCase.Benchmarks;

/// <summary>
/// A fresh, migrated HopeCase database, removed again when disposed: a SQLite file in its own temporary folder, or
/// (<see cref="Provider"/> = Postgres) a new database on the server of <see cref="PostgresServer"/>.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string? _pgDatabase;

    private BenchDatabase(string folder, IDbContextFactory<HopeDb> dbs, string? pgDatabase, string connectionString) =>
        (_folder, Dbs, _pgDatabase, ConnectionString) = (folder, dbs, pgDatabase, connectionString);

    /// <summary>The database's own connection string, for a benchmark's raw side.</summary>
    public string ConnectionString { get; }

    public static DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>A connection string to the PostgreSQL server (its database is used only to create and drop the benchmark's own).</summary>
    public static string PostgresServer { get; set; } = "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres";

    public IDbContextFactory<HopeDb> Dbs { get; }

    public string File => Path.Combine(_folder, "hopecase.db");

    /// <summary>The size of the database, in MB.</summary>
    public async Task<double> SizeMbAsync()
    {
        if (_pgDatabase is null)
        {
            return new FileInfo(File).Length / 1024.0 / 1024.0;
        }
        await using var db = await Dbs.CreateDbContextAsync();
        var bytes = await db.Database.SqlQuery<long>($"SELECT pg_database_size(current_database()) AS \"Value\"").ToListAsync();
        return bytes.Single() / 1024.0 / 1024.0;
    }

    public static async Task<BenchDatabase> CreateAsync(string name, bool withCatalogue)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hopecase-{name}-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        string? pgDatabase = null;
        var settings = DataSettings.Sqlite(Path.Combine(folder, "hopecase.db"));
        if (Provider == DataProvider.Postgres)
        {
            pgDatabase = $"hopecase_{name}_{Guid.NewGuid():N}"[..40];
            await ServerCommandAsync($"CREATE DATABASE \"{pgDatabase}\"");
            settings = DataSettings.Postgres(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = pgDatabase }.ToString());
        }
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, settings);
        var dbs = new PooledDbContextFactory<HopeDb>(options.Options);
        await HopeDatabase.PrepareAsync(dbs);
        if (withCatalogue)
        {
            await DefaultCatalogue.EnsureAsync(dbs);
        }
        return new BenchDatabase(folder, dbs, pgDatabase, settings.ConnectionString);
    }

    private static async Task ServerCommandAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ServerCommandAsync($"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)");
        }
    }
}
