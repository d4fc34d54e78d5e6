using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HopeCase.Core.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the web app. SQLite by default; for the
/// PostgreSQL set pass `-- --provider Postgres` with `--output-dir Data/Migrations/Postgres --namespace
/// HopeCase.Core.Data.Migrations.Postgres` (see docs/adr/0020-postgresql-provider.md). Nothing is connected to.
/// </summary>
internal sealed class HopeDbDesignFactory : IDesignTimeDbContextFactory<HopeDb>
{
    public HopeDb CreateDbContext(string[] args)
    {
        var postgres = args.Contains("Postgres", StringComparer.OrdinalIgnoreCase);
        var settings = postgres
            ? DataSettings.Postgres("Host=127.0.0.1;Database=hopecase-design-time")
            : DataSettings.Sqlite("design-time.db");
        var options = new DbContextOptionsBuilder<HopeDb>();
        HopeDatabase.Configure(options, settings);
        return new HopeDb(options.Options);
    }
}
