using Microsoft.Extensions.Configuration;

namespace HopeCase.Core.Data;

/// <summary>Which engine holds the data and how to reach it, read once from configuration.</summary>
public sealed record DataSettings(DataProvider Provider, string ConnectionString)
{
    public bool IsPostgres => Provider == DataProvider.Postgres;

    public static DataSettings Sqlite(string path) => new(DataProvider.Sqlite, HopeDatabase.ConnectionString(path));

    public static DataSettings Postgres(string connectionString) => new(DataProvider.Postgres, connectionString);

    /// <summary>
    /// <c>Data:Provider</c> = <c>Sqlite</c> (default, the file <paramref name="sqlitePath"/>) or <c>Postgres</c> with
    /// <c>ConnectionStrings:Postgres</c> or <c>Data:ConnectionString</c>. A wrong value stops start-up naming the setting.
    /// </summary>
    public static DataSettings From(IConfiguration config, string sqlitePath)
    {
        ArgumentNullException.ThrowIfNull(config);
        var name = config["Data:Provider"];
        if (string.IsNullOrWhiteSpace(name) || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite(sqlitePath);
        }
        if (!name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) && !name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseStartupException($"The setting Data:Provider is '{name}'; it must be Sqlite or Postgres.");
        }
        var connection = config.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = config["Data:ConnectionString"];
        }
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new DatabaseStartupException(
                "The setting Data:Provider is Postgres but no connection string is set: set ConnectionStrings:Postgres " +
                "(or Data:ConnectionString), e.g. \"Host=127.0.0.1;Port=5432;Database=hopecase;Username=hopecase;Password=…\".");
        }
        return Postgres(connection);
    }
}
