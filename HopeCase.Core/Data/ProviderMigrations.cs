using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HopeCase.Core.Data;

/// <summary>
/// One model, one migrations set per provider, in this assembly: the SQLite set in <c>Data/Migrations</c>, the
/// PostgreSQL set in <c>Data/Migrations/Postgres</c> (namespace <see cref="PostgresNamespace"/>). EF sees only the
/// set of the provider in use, at run time and when `dotnet ef migrations add` diffs against the snapshot.
/// </summary>
internal sealed class ProviderMigrations(ICurrentDbContext current) : IMigrationsAssembly
{
    public const string PostgresNamespace = "HopeCase.Core.Data.Migrations.Postgres";

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotRead;

    public Assembly Assembly => typeof(HopeDb).Assembly;

    private bool ForPostgres => current.Context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    private bool Ours(Type t) =>
        t.GetCustomAttribute<DbContextAttribute>()?.ContextType == current.Context.GetType()
        && (t.Namespace == PostgresNamespace) == ForPostgres;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Constructible()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && Ours(t) && t.GetCustomAttribute<MigrationAttribute>() is not null)
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()!.Id, Type: t))
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id, m => m.Type, StringComparer.Ordinal);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotRead)
            {
                var type = Constructible().FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && Ours(t));
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
                _snapshotRead = true;
            }
            return _snapshot;
        }
    }

    private IEnumerable<TypeInfo> Constructible() => Assembly.DefinedTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition);

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));
}
