using System.Globalization;
using Hangfire;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// Importing beneficiaries from a sheet: read and check the file, the dry run, and — only when the officer confirms —
/// a batch that a background job (<see cref="ImportRunner"/>) carries out. A batch can be undone while nobody has
/// worked on its files. Every step is audited.
/// </summary>
public sealed class ImportService(IDbContextFactory<HopeDb> dbs, ImportPlanner planner, AuditLog audit, ChangeNotifier notifier,
    IBackgroundJobClient jobs, IOptions<ImportLimits> limits, TimeProvider clock)
{
    public static readonly string[] ImportRoles = [Roles.RelationsOfficer, Roles.Manager];

    /// <summary>What reading a file, or a work on a file, leaves for the undo to accept: reads and the import itself.</summary>
    private static readonly string[] HarmlessActions = ["BeneficiaryImported", "BeneficiaryFileRead", "BeneficiaryMessagesRead", "BeneficiarySearch"];

    public ImportLimits Limits => limits.Value;

    public ImportTable Read(Actor actor, byte[] bytes, string fileName)
    {
        Guard.RequireRole(actor, "import beneficiaries", ImportRoles);
        return ImportFile.Read(bytes, fileName, limits.Value);
    }

    public async Task<ImportPlan> DryRunAsync(Actor actor, ImportTable table, ColumnMapping map, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "import beneficiaries", ImportRoles);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(map);
        var plan = await planner.PlanAsync(actor, table, map, progress, ct);
        await audit.RecordAsync(actor, "ImportDryRun", "ImportBatch", null, $"{table.Rows.Count} rows: {plan.ToCreate} to create, {plan.Refused} refused", ct);
        return plan;
    }

    /// <summary>Stores the file as a queued batch and starts the job. The file is checked again: nothing reaches the job unchecked.</summary>
    public async Task<int> ConfirmAsync(Actor actor, byte[] bytes, string fileName, ColumnMapping map, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "import beneficiaries", ImportRoles);
        ArgumentNullException.ThrowIfNull(map);
        var table = ImportFile.Read(bytes, fileName, limits.Value);
        if (map.MissingRequired.Count > 0)
        {
            throw new ImportRefusedException("Import.MappingIncomplete");
        }
        var batch = new ImportBatch(Path.GetFileName(fileName), table.Kind, bytes, map.Serialize(), table.Rows.Count, clock.GetUtcNow(), actor.UserName);
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(ct);
        }
        await audit.RecordAsync(actor, "ImportConfirmed", "ImportBatch", Id(batch.Id), $"{AuditText.Term(batch.FileName)}, {table.Rows.Count} rows", ct);
        jobs.Enqueue<ImportRunner>(r => r.RunAsync(batch.Id, actor.UserId!, CancellationToken.None));
        return batch.Id;
    }

    public async Task<ImportBatchView?> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "follow an import", ImportRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var batch = await db.ImportBatches.AsNoTracking().Where(b => b.Id == id).Select(View).SingleOrDefaultAsync(ct);
        await audit.RecordAsync(actor, "ImportRead", "ImportBatch", Id(id), batch is null ? "not found" : batch.Status.ToString(), ct);
        return batch;
    }

    public async Task<IReadOnlyList<ImportBatchView>> RecentAsync(Actor actor, int take = 20, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list imports", ImportRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(take).Select(View).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "ImportsListed", "ImportBatch", list.Select(b => b.Id), ct: ct);
        return list;
    }

    private static readonly System.Linq.Expressions.Expression<Func<ImportBatch, ImportBatchView>> View =
        b => new ImportBatchView(b.Id, b.FileName, b.Status, b.Total, b.Processed, b.Created, b.Refused, b.Error, b.CreatedAt, b.CreatedBy, b.UndoneAt);

    /// <summary>
    /// Removes every file the batch created, in one transaction, unless one of them has been worked on since: a request,
    /// a contact, a referral, an alert, a message, a letter, feedback, or any audited change other than reading it.
    /// </summary>
    public async Task<ImportUndo> UndoAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "undo an import", ImportRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // A write transaction from the start, the audit chain's lock first on PostgreSQL: no audited change to these
        // files can land between the check below and the delete, and the delete never waits for the chain.
        await using var tx = await db.Database.BeginWriteAsync(ct);
        await AuditChainInterceptor.LockChainFirstAsync(db.Database, ct);
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null || batch.Status != ImportStatus.Done)
        {
            return new ImportUndo(false, 0, [], batch is null ? "Import.NotFound" : "Import.NotUndoable");
        }
        var ids = await db.ImportBatchItems.Where(i => i.BatchId == id).Select(i => i.BeneficiaryId).ToListAsync(ct);
        var touched = new HashSet<int>();
        foreach (var chunk in ids.Chunk(500))
        {
            touched.UnionWith(await db.Requests.Where(r => chunk.Contains(r.BeneficiaryId)).Select(r => r.BeneficiaryId).ToListAsync(ct));
            touched.UnionWith(await db.Contacts.Where(c => c.BeneficiaryId != null && chunk.Contains(c.BeneficiaryId.Value)).Select(c => c.BeneficiaryId!.Value).ToListAsync(ct));
            touched.UnionWith(await db.Referrals.Where(r => chunk.Contains(r.BeneficiaryId)).Select(r => r.BeneficiaryId).ToListAsync(ct));
            touched.UnionWith(await db.ManagerAlerts.Where(r => chunk.Contains(r.BeneficiaryId)).Select(r => r.BeneficiaryId).ToListAsync(ct));
            touched.UnionWith(await db.Outbox.Where(o => o.BeneficiaryId != null && chunk.Contains(o.BeneficiaryId.Value)).Select(o => o.BeneficiaryId!.Value).ToListAsync(ct));
            touched.UnionWith(await db.Letters.Where(o => o.BeneficiaryId != null && chunk.Contains(o.BeneficiaryId.Value)).Select(o => o.BeneficiaryId!.Value).ToListAsync(ct));
            touched.UnionWith(await db.FeedbackItems.Where(o => o.BeneficiaryId != null && chunk.Contains(o.BeneficiaryId.Value)).Select(o => o.BeneficiaryId!.Value).ToListAsync(ct));
            touched.UnionWith(await db.Registrations.Where(r => chunk.Contains(r.BeneficiaryId)).Select(r => r.BeneficiaryId).ToListAsync(ct));
            var keys = chunk.Select(Id).ToList();
            var changed = await db.AuditEntries.Where(a => a.EntityType == "Beneficiary" && keys.Contains(a.EntityId!) && !HarmlessActions.Contains(a.Action))
                .Select(a => a.EntityId!).ToListAsync(ct);
            touched.UnionWith(changed.Select(s => int.Parse(s, CultureInfo.InvariantCulture)));
        }
        var now = clock.GetUtcNow();
        if (touched.Count > 0)
        {
            // In this transaction: a second context would wait for its lock.
            db.AuditEntries.Add(new AuditEntry(now, actor.UserId, actor.UserName, "ImportUndoRefused", "ImportBatch", Id(id), $"{touched.Count} files worked on since", actor.Origin));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ImportUndo(false, 0, touched.Order().ToList(), "Import.Touched");
        }
        foreach (var chunk in ids.Chunk(500))
        {
            await db.Beneficiaries.Where(b => chunk.Contains(b.Id)).ExecuteDeleteAsync(ct);
            db.AuditEntries.AddRange(chunk.Select(b => new AuditEntry(now, actor.UserId, actor.UserName, "BeneficiaryImportUndone", "Beneficiary", Id(b), $"batch {id}", actor.Origin)));
        }
        batch.Undo(now, actor.UserName);
        db.AuditEntries.Add(new AuditEntry(now, actor.UserId, actor.UserName, "ImportUndone", "ImportBatch", Id(id), $"{ids.Count} files removed", actor.Origin));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Imports);
        return new ImportUndo(true, ids.Count, []);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
