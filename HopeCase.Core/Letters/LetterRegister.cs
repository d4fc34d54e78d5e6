using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>Renders the PDF of a letter once its number and verification code are known.</summary>
public delegate Task<byte[]> RenderWithNumber(IssuedNumber number, string verifyCode, CancellationToken ct);

/// <summary>
/// The letter register: draws numbers and stores issued letters. Numbers never skip or repeat (ADR 0006): the next
/// number is read, the PDF rendered with it, and only then, in one write transaction, the counter is moved on
/// with a compare-and-set and the letter inserted (with its audit entry, <c>onIssued</c>). A failed render leaves the counter untouched; a lost race
/// (another process took the number) renders again with the next one.
/// </summary>
public sealed partial class LetterRegister(IDbContextFactory<HopeDb> dbs, string numberFormat = "{year}/{seq:000000}") : IDisposable
{
    // Within one process, issues queue here so a number is rendered once; the database guards across processes.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<(Letter Letter, bool Created)> IssueAsync(
        LetterContent content, string bodyHtml, DateTimeOffset issuedAt, string? issuedBy, RenderWithNumber render,
        Action<HopeDb, Letter>? onIssued = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(render);
        var year = HijriDate.FromGregorian(SaudiTime.LocalDate(issuedAt)).Year;
        await _gate.WaitAsync(ct);
        try
        {
            if (content.IdempotencyKey is { } key && await FindByKeyAsync(key, ct) is { } existing)
            {
                return (existing, false);
            }
            for (var attempt = 0; ; attempt++)
            {
                var sequence = await PeekAsync(year, ct);
                var number = LetterNumbering.Format(numberFormat, year, sequence);
                var code = LetterNumbering.NewVerifyCode();
                var pdf = await render(number, code, ct);
                var letter = new Letter(number, issuedAt, content, bodyHtml, code, pdf, issuedBy);
                var outcome = await CommitAsync(letter, year, sequence, onIssued, ct);
                if (outcome is not null)
                {
                    return outcome.Value;
                }
                if (attempt >= 20)
                {
                    throw new InvalidOperationException("The letter register stayed busy; the letter was not issued.");
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> PeekAsync(int year, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var next = await db.Set<LetterSequence>().AsNoTracking().Where(s => s.HijriYear == year).Select(s => (int?)s.Next).SingleOrDefaultAsync(ct);
        return next ?? 1;
    }

    /// <summary>Null when the number was taken meanwhile (render again).</summary>
    private async Task<(Letter, bool)?> CommitAsync(Letter letter, int year, int sequence, Action<HopeDb, Letter>? onIssued, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // SQLite: the write lock is taken now; PostgreSQL: the counter row stays locked until commit. Either way the
        // compare-and-set below cannot interleave with another writer on any node.
        await using var tx = await db.Database.BeginWriteAsync(ct);
        if (!await Counters.TakeLetterNumberAsync(db, year, sequence, ct))
        {
            await tx.RollbackAsync(ct);
            return null;
        }
        if (letter.IdempotencyKey is { } key && await db.Set<Letter>().AnyAsync(l => l.IdempotencyKey == key, ct))
        {
            await tx.RollbackAsync(ct);
            return (await db.Set<Letter>().AsNoTracking().SingleAsync(l => l.IdempotencyKey == key, ct), false);
        }
        db.Add(letter);
        await db.SaveChangesAsync(ct);
        if (onIssued is not null)
        {
            // The audit entry of the issue, in the same transaction: no letter without its entry.
            onIssued(db, letter);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return (letter, true);
    }

    public void Dispose() => _gate.Dispose();

    public async Task<Letter?> FindByKeyAsync(string key, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Letter>().AsNoTracking().SingleOrDefaultAsync(l => l.IdempotencyKey == key, ct);
    }

    public async Task<Letter?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Letter>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
    }

    public async Task<VerifiedLetter?> VerifyAsync(string code, CancellationToken ct = default)
    {
        if (!LetterNumbering.LooksLikeVerifyCode(code))
        {
            return null;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Letter>().AsNoTracking().Where(l => l.VerifyCode == code)
            .Select(l => new VerifiedLetter(l.Number, l.IssuedAt, l.Type, l.Sha256)).SingleOrDefaultAsync(ct);
    }
}

/// <summary>What the public verification page may show: nothing about the person.</summary>
public sealed record VerifiedLetter(string Number, DateTimeOffset IssuedAt, LetterType Type, string Sha256);
