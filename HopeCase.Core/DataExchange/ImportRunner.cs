using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.DataExchange;

/// <summary>
/// The background job of a confirmed import: the dry run again (the files may have changed since), then the rows
/// saved in chunks, each chunk with its batch items, the batch's progress and one audit entry per row in the same
/// transaction. Each chunk announces <see cref="ChangeTopic.Imports"/> so the page's progress bar moves.
/// </summary>
public sealed class ImportRunner(IDbContextFactory<HopeDb> dbs, ImportPlanner planner, ChangeNotifier notifier, IOptions<ImportLimits> limits, TimeProvider clock)
{
    public const int ChunkSize = 250;

    /// <summary>
    /// The job: its arguments are the batch's id and the confirming officer's user id, never a name (issue 10); the
    /// name the entries carry is the one the batch recorded when it was confirmed.
    /// </summary>
    public async Task RunAsync(int batchId, string userId, CancellationToken ct)
    {
        Actor actor;
        ImportTable table;
        ColumnMapping map;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var batch = await db.ImportBatches.SingleAsync(b => b.Id == batchId, ct);
            if (batch.Status != ImportStatus.Queued || batch.Payload is null)
            {
                return; // run already (a retry after a crash does not import twice)
            }
            actor = new Actor(userId, batch.CreatedBy, new HashSet<string> { Roles.System }, $"import {batchId}");
            batch.Start();
            await db.SaveChangesAsync(ct);
            try
            {
                table = ImportFile.Read(batch.Payload, batch.FileName, limits.Value);
                map = ColumnMapping.Parse(batch.Mapping);
            }
            catch (ImportRefusedException e)
            {
                batch.Fail(e.Code, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
                await notifier.PublishAsync(ChangeTopic.Imports);
                return;
            }
        }
        await notifier.PublishAsync(ChangeTopic.Imports);
        var plan = await planner.PlanAsync(actor, table, map, null, ct);
        var created = 0;
        var refused = 0;
        var processed = 0;
        foreach (var chunk in plan.Rows.Chunk(ChunkSize))
        {
            var (c, r) = await SaveChunkAsync(batchId, actor, chunk, ct);
            (created, refused, processed) = (created + c, refused + r, processed + chunk.Length);
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                var batch = await db.ImportBatches.SingleAsync(b => b.Id == batchId, ct);
                batch.Progress(processed, created, refused);
                if (processed == plan.Rows.Count)
                {
                    batch.Finish(clock.GetUtcNow());
                    db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.UserId, actor.UserName, "ImportFinished", "ImportBatch", Id(batchId), $"{created} created, {refused} refused", actor.Origin));
                }
                await db.SaveChangesAsync(ct);
            }
            await notifier.PublishAsync(ChangeTopic.Imports);
        }
        if (plan.Rows.Count == 0)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            (await db.ImportBatches.SingleAsync(b => b.Id == batchId, ct)).Finish(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await notifier.PublishAsync(ChangeTopic.Imports);
        }
    }

    /// <summary>One transaction per chunk; if another officer saved one of these IDs meanwhile, the chunk is saved row by row.</summary>
    private async Task<(int Created, int Refused)> SaveChunkAsync(int batchId, Actor actor, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        try
        {
            return await SaveAsync(batchId, actor, rows, ct);
        }
        catch (DbUpdateException)
        {
            var (c, r) = (0, 0);
            foreach (var row in rows)
            {
                try
                {
                    var (c1, r1) = await SaveAsync(batchId, actor, [row], ct);
                    (c, r) = (c + c1, r + r1);
                }
                catch (DbUpdateException)
                {
                    var (c1, r1) = await SaveAsync(batchId, actor, [row with { Outcome = ImportOutcome.Refuse, Reasons = ["NationalId.Exists"], Input = null }], ct);
                    (c, r) = (c + c1, r + r1);
                }
            }
            return (c, r);
        }
    }

    private async Task<(int Created, int Refused)> SaveAsync(int batchId, Actor actor, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var made = new List<(ImportRow Row, Beneficiary File)>();
        foreach (var row in rows.Where(r => r.Outcome != ImportOutcome.Refuse && r.Input is not null))
        {
            var file = BeneficiaryRules.NewFile(row.Input!, now, actor.UserName);
            db.Beneficiaries.Add(file);
            made.Add((row, file));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (row, file) in made)
        {
            db.ImportBatchItems.Add(new ImportBatchItem(batchId, row.Row, file.Id));
            db.AuditEntries.Add(new AuditEntry(now, actor.UserId, actor.UserName, "BeneficiaryImported", "Beneficiary", Id(file.Id),
                $"batch {batchId} row {row.Row}{(row.Reasons.Count > 0 ? " " + string.Join(',', row.Reasons) : "")}", actor.Origin));
        }
        foreach (var row in rows.Where(r => r.Outcome == ImportOutcome.Refuse || r.Input is null))
        {
            db.AuditEntries.Add(new AuditEntry(now, actor.UserId, actor.UserName, "BeneficiaryImportRefused", "ImportBatch", Id(batchId),
                $"row {row.Row}: {string.Join(',', row.Reasons)}", actor.Origin));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (made.Count, rows.Count - made.Count);
    }

    /// <summary>The same file <see cref="BeneficiaryService.CreateAsync"/> makes from an input.</summary>
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
