using System.Data.Common;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace HopeCase.Benchmarks;

/// <summary>
/// Seeds rows far faster than SaveChanges, yet as the app writes them: the entities are built by the domain's own
/// constructors and methods, attached to a <see cref="HopeDb"/> (so EF fixes up the graph), passed through the app's
/// before-save step (<see cref="BeneficiaryNameIndex"/> adds the name tokens), given their keys, and then written
/// by one prepared, parameterised INSERT per table, reused for every row (on PostgreSQL a binary COPY per table and batch), with each value converted by the model's
/// own type mapping — all in one transaction, committed by <see cref="CommitAsync"/>. Works on either provider.
/// </summary>
internal sealed class RawSeeder : IAsyncDisposable
{
    private sealed record Insert(DbCommand Command, IProperty[] Properties, DbParameter[] Parameters, ValueConverter?[] Converters, bool[] Keyed, string Copy, string[] StoreTypes);

    private readonly HopeDb _db;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<IEntityType, Insert> _inserts = [];
    private readonly Dictionary<string, long> _lastId = new(StringComparer.Ordinal);
    private readonly Dictionary<object, object> _given = new(ReferenceEqualityComparer.Instance);

    private RawSeeder(HopeDb db, DbConnection connection, DbTransaction transaction) => (_db, _connection, _transaction) = (db, connection, transaction);

    /// <summary>Rows written so far, all tables together.</summary>
    public long Rows { get; private set; }

    public static async Task<RawSeeder> BeginAsync(IDbContextFactory<HopeDb> dbs)
    {
        var db = await dbs.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        return new RawSeeder(db, connection, await connection.BeginTransactionAsync());
    }

    /// <summary>Writes <paramref name="entities"/> and everything they reach (a request's timeline, a file's name tokens).</summary>
    /// <param name="remember">Keep the keys given to these entities (not to what they reach), for <see cref="IdOf"/>.</param>
    public async Task AddAsync(IEnumerable<object> entities, bool remember = false)
    {
        var roots = remember ? new List<object>() : null;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var entity in entities)
        {
            _db.Add(entity);
            roots?.Add(entity);
        }
        BeneficiaryNameIndex.Sync(_db); // what HopeDb runs before every save
        var added = _db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        // Keys are given here, not by setting them on the tracked entries: EF would look for each key's dependents
        // among all tracked entries, once per key. A temporary key (and a foreign key holding it) maps to its row's id.
        var ids = new Dictionary<(IEntityType, object), object>();
        foreach (var entry in added)
        {
            var key = entry.Metadata.FindPrimaryKey()!.Properties;
            if (key.Count == 1 && key[0].ValueGenerated == ValueGenerated.OnAdd && entry.Property(key[0]).IsTemporary)
            {
                var next = await NextIdAsync(entry.Metadata.GetTableName()!, key[0]);
                ids[(entry.Metadata, entry.Property(key[0]).CurrentValue!)] = Convert.ChangeType(next, key[0].ClrType, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        foreach (var root in roots ?? [])
        {
            var entry = _db.Entry(root);
            _given[root] = ids[(entry.Metadata, entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0]).CurrentValue!)];
        }
        TrackingTime += sw.Elapsed;
        sw.Restart();
        foreach (var group in added.GroupBy(e => e.Metadata).OrderBy(g => Depth(g.Key)))
        {
            var insert = InsertFor(group.Key);
            // On PostgreSQL the rows go by COPY (binary), the same converted values, a table's batch in one stream.
            await using var copy = _connection is NpgsqlConnection pg ? await pg.BeginBinaryImportAsync(insert.Copy) : null;
            foreach (var entry in group)
            {
                var values = entry.CurrentValues;
                for (var i = 0; i < insert.Properties.Length; i++)
                {
                    var property = insert.Properties[i];
                    var value = values[property];
                    if (insert.Keyed[i] && entry.Property(property).IsTemporary)
                    {
                        var owner = property.IsPrimaryKey() && ids.ContainsKey((group.Key, value!)) ? group.Key
                            : property.GetContainingForeignKeys().Select(f => f.PrincipalEntityType).First(t => ids.ContainsKey((t, value!)));
                        value = ids[(owner, value!)];
                    }
                    var converter = insert.Converters[i];
                    insert.Parameters[i].Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                }
                if (copy is null)
                {
                    await insert.Command.ExecuteNonQueryAsync();
                }
                else
                {
                    await copy.StartRowAsync();
                    for (var i = 0; i < insert.Parameters.Length; i++)
                    {
                        await (insert.Parameters[i].Value is DBNull ? copy.WriteNullAsync() : copy.WriteAsync(insert.Parameters[i].Value, insert.StoreTypes[i]));
                    }
                }
                Rows++;
            }
            _ = copy is null ? 0 : await copy.CompleteAsync();
        }
        WritingTime += sw.Elapsed;
        sw.Restart();
        _db.ChangeTracker.Clear();
        TrackingTime += sw.Elapsed;
    }

    /// <summary>The key given to an entity passed to <see cref="AddAsync"/> with remember.</summary>
    public int IdOf(object entity) => Convert.ToInt32(_given[entity], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Time spent building the graph in the change tracker (the app's own logic) and writing the rows.</summary>
    public TimeSpan TrackingTime { get; private set; }

    public TimeSpan WritingTime { get; private set; }

    public async Task CommitAsync()
    {
        await _transaction.CommitAsync();
        if (_db.Database.IsNpgsql())
        {
            // Explicit keys leave PostgreSQL's identity sequences behind; the app's next insert must follow the seed.
            foreach (var table in _lastId.Keys)
            {
                var setval = "SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'Id'), (SELECT MAX(\"Id\") FROM \"" + table + "\"))";
                await _db.Database.ExecuteSqlRawAsync(setval);
            }
        }
    }

    private async Task<long> NextIdAsync(string table, IProperty key)
    {
        if (!_lastId.TryGetValue(table, out var last))
        {
            var sql = _db.GetService<ISqlGenerationHelper>();
            await using var max = _connection.CreateCommand();
            max.Transaction = _transaction;
            max.CommandText = $"SELECT MAX({sql.DelimitIdentifier(key.GetColumnName())}) FROM {sql.DelimitIdentifier(table)}";
            var found = await max.ExecuteScalarAsync();
            last = found is null or DBNull ? 0 : Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture);
        }
        _lastId[table] = ++last;
        return last;
    }

    private Insert InsertFor(IEntityType type)
    {
        if (_inserts.TryGetValue(type, out var insert))
        {
            return insert;
        }
        var sql = _db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().Where(p => p.GetComputedColumnSql() is null).ToArray();
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var parameters = new DbParameter[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            parameters[i] = ((RelationalTypeMapping)properties[i].GetTypeMapping()).CreateParameter(command, sql.GenerateParameterName("p" + i), null, properties[i].IsNullable);
            command.Parameters.Add(parameters[i]);
        }
        var columns = $"{sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))})";
        command.CommandText = $"INSERT INTO {columns} VALUES ({string.Join(", ", properties.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        if (!_db.Database.IsNpgsql())
        {
            command.Prepare(); // Npgsql prepares by its own rules; its untyped nulls cannot be prepared ahead
        }
        return _inserts[type] = new Insert(command, properties, parameters, [.. properties.Select(p => p.GetTypeMapping().Converter)],
            [.. properties.Select(p => p.IsKey() || p.IsForeignKey())], $"COPY {columns} FROM STDIN (FORMAT BINARY)",
            [.. properties.Select(p => ((RelationalTypeMapping)p.GetTypeMapping()).StoreType.Split('(')[0])]);
    }

    /// <summary>How many foreign keys away from a table with none the type is, so principals are written first.</summary>
    private static int Depth(IEntityType type, int guard = 0) =>
        guard > 10 ? 0 : type.GetForeignKeys().Where(f => f.PrincipalEntityType != type).Select(f => 1 + Depth(f.PrincipalEntityType, guard + 1)).DefaultIfEmpty(0).Max();

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.Command.DisposeAsync();
        }
        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
        await _db.DisposeAsync();
    }
}
