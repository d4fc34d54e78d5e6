using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HopeCase.Core.Audit;

/// <summary>
/// Seals the audit entries of a save in the same transaction as the change they record. Before the save it opens a
/// transaction (on SQLite <c>BEGIN IMMEDIATE</c>, which takes the database's one write lock, so writers in other
/// processes and in this one wait), reads the head of the chain, numbers and hashes the new entries and adds the
/// before/after values of the save's changes; after the save it commits. When the caller already holds a transaction
/// (EF's own on SQLite is <c>BEGIN IMMEDIATE</c> too) the entries join it. The unique index on <c>Seq</c> refuses a
/// second row with the same number should anything slip past the lock. There is deliberately no lock in the process
/// as well: a caller holding the database lock and waiting for it would deadlock against one holding it.
/// On PostgreSQL the transaction takes a transaction-scoped advisory lock for the chain instead (released at commit).
/// </summary>
public sealed class AuditChainInterceptor(Lazy<byte[]> key) : SaveChangesInterceptor
{
    /// <summary>The chain's transaction-scoped advisory lock on PostgreSQL (also taken by <see cref="AuditAppend"/>).</summary>
    internal const string ChainLock = "SELECT pg_advisory_xact_lock(7273101)";
    private readonly ConditionalWeakTable<DbContext, Held> _held = [];

    /// <summary>
    /// For a transaction that changes rows by statement (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>) before it saves
    /// its audit entries: on PostgreSQL it takes the chain's lock first, as every audited save does before its rows,
    /// so it never holds a row while it waits for the chain (two such orders deadlock). SQLite's write transaction
    /// already holds the file's one lock.
    /// </summary>
    internal static async Task LockChainFirstAsync(DatabaseFacade database, CancellationToken ct)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync(ChainLock, ct);
        }
    }

    private Lazy<byte[]> Key { get; } = key;

    /// <summary>The chain's key of the interceptor <paramref name="db"/> was configured with.</summary>
    internal static byte[] KeyOf(DbContext db) =>
        (db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<AuditChainInterceptor>().FirstOrDefault()
            ?? throw new InvalidOperationException("The context has no audit chain interceptor.")).Key.Value;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && Pending(db) is { Count: > 0 } entries)
        {
            var held = new Held();
            _held.AddOrUpdate(db, held);
            try
            {
                if (db.Database.CurrentTransaction is null)
                {
                    held.Transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                }
                if (db.Database.ProviderName == AuditTriggers.NpgsqlProvider)
                {
                    await db.Database.ExecuteSqlRawAsync(ChainLock, cancellationToken);
                }
                var head = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Seq != null).OrderByDescending(a => a.Seq)
                    .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(cancellationToken);
                Seal(db, entries, head?.Seq ?? 0, head?.Hash ?? AuditChain.Genesis);
            }
            catch
            {
                await ReleaseAsync(db, commit: false, CancellationToken.None);
                throw;
            }
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } db && Pending(db) is { Count: > 0 } entries)
        {
            var held = new Held();
            _held.AddOrUpdate(db, held);
            try
            {
                if (db.Database.CurrentTransaction is null)
                {
                    held.Transaction = db.Database.BeginTransaction();
                }
                if (db.Database.ProviderName == AuditTriggers.NpgsqlProvider)
                {
                    db.Database.ExecuteSqlRaw(ChainLock);
                }
                var head = db.Set<AuditEntry>().AsNoTracking().Where(a => a.Seq != null).OrderByDescending(a => a.Seq)
                    .Select(a => new { a.Seq, a.Hash }).FirstOrDefault();
                Seal(db, entries, head?.Seq ?? 0, head?.Hash ?? AuditChain.Genesis);
            }
            catch
            {
                ReleaseAsync(db, commit: false).AsTask().GetAwaiter().GetResult();
                throw;
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await ReleaseAsync(eventData.Context, commit: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        ReleaseAsync(eventData.Context, commit: true).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await ReleaseAsync(eventData.Context, commit: false, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        ReleaseAsync(eventData.Context, commit: false).AsTask().GetAwaiter().GetResult();
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await ReleaseAsync(eventData.Context, commit: false, CancellationToken.None);
    }

    private static List<AuditEntry> Pending(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
    }

    private void Seal(DbContext db, List<AuditEntry> entries, long seq, string prev)
    {
        var changes = AuditChanges.Describe(db);
        foreach (var entry in entries)
        {
            entry.SetChanges(changes);
            entry.Seal(++seq, prev, Key.Value);
            prev = entry.Hash!;
        }
    }

    private async ValueTask ReleaseAsync(DbContext? db, bool commit, CancellationToken ct = default)
    {
        if (db is null || !_held.TryGetValue(db, out var held))
        {
            return;
        }
        _held.Remove(db);
        if (held.Transaction is { } tx)
        {
            if (commit)
            {
                await tx.CommitAsync(ct);
            }
            await tx.DisposeAsync();
        }
    }

    private sealed class Held
    {
        public IDbContextTransaction? Transaction { get; set; }
    }
}
