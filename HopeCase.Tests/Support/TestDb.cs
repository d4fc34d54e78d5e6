using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HopeCase.Tests.Support;

/// <summary>
/// A real database with the real migrations applied: a SQLite file, or, when HOPECASE_TEST_PROVIDER=Postgres (the
/// second pass of ./test.sh), a fresh database in the run's throwaway PostgreSQL cluster (<see cref="PgCluster"/>).
/// </summary>
public static class TestDb
{
    public static DataProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable("HOPECASE_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DataProvider.Postgres
            : DataProvider.Sqlite;

    /// <summary>The settings for a new database of the run's provider; <paramref name="path"/> is the SQLite file.</summary>
    public static DataSettings NewSettings(string path, DataProvider? provider = null) =>
        (provider ?? Provider) == DataProvider.Postgres
            ? DataSettings.Postgres(PgCluster.Instance.NewDatabase())
            : DataSettings.Sqlite(path);

    public static IDbContextFactory<HopeDb> Factory(string path) => Factory(NewSettings(path));

    public static IDbContextFactory<HopeDb> Factory(DataSettings settings, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, settings, keyFile: ChainKeyFile(settings.ConnectionString, settings.Provider));
        options.AddInterceptors(interceptors);
        return new PooledDbContextFactory<HopeDb>(options.Options);
    }

    /// <summary>The audit chain's key file of a test database: beside the SQLite file, or one per PostgreSQL database.</summary>
    public static string ChainKeyFile(string connectionString, DataProvider provider) => provider == DataProvider.Postgres
        ? Path.Combine(Path.GetTempPath(), "hopecase-test-chain-keys", new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database + ".key")
        : AuditChainKey.FileBeside(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);

    public static async Task<IDbContextFactory<HopeDb>> MigratedAsync(string path) => await MigratedAsync(
        Provider == DataProvider.Postgres ? DataSettings.Postgres(PgCluster.Instance.NewMigratedDatabase()) : DataSettings.Sqlite(path));

    public static async Task<IDbContextFactory<HopeDb>> MigratedAsync(DataSettings settings)
    {
        var factory = Factory(settings);
        await HopeDatabase.PrepareAsync(factory);
        return factory;
    }
}
