using HopeCase.Core.Data;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Letters;

/// <summary>A row of the register as lists show it (no PDF bytes).</summary>
[PersonalData]
public sealed record LetterRow(int Id, string Number, DateTimeOffset IssuedAt, LetterType Type, string Culture, string RecipientName,
    string? RecipientAddress, MailStatus MailStatus, string VerifyCode)
{
    public bool HasAddress => !string.IsNullOrWhiteSpace(RecipientAddress);
}

public sealed partial class LetterRegister
{
    /// <summary>The register, newest first; with <paramref name="viewer"/> only the letters that actor may read (<see cref="LetterAccess"/>).</summary>
    public async Task<IReadOnlyList<LetterRow>> ListAsync(bool onlyPrintQueue, Actor? viewer = null, int take = 500, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = (viewer is null ? db.Set<Letter>() : LetterAccess.Visible(db, viewer)).AsNoTracking();
        if (onlyPrintQueue)
        {
            query = query.Where(l => l.MailStatus == MailStatus.Waiting || l.MailStatus == MailStatus.Printed || l.MailStatus == MailStatus.Returned);
        }
        return await query.OrderByDescending(l => l.Id).Take(take)
            .Select(l => new LetterRow(l.Id, l.Number, l.IssuedAt, l.Type, l.Culture, l.RecipientName, l.RecipientAddress, l.MailStatus, l.VerifyCode))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Letter>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var letters = await db.Set<Letter>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        return letters.OrderBy(l => l.HijriYear).ThenBy(l => l.Sequence).ToList();
    }

    /// <summary>Moves the letters' postal status; <paramref name="audit"/> adds the entry to the same save.</summary>
    public async Task<int> SetMailStatusAsync(IReadOnlyCollection<int> ids, MailStatus status, DateTimeOffset at, Action<HopeDb, int>? audit = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var letters = await db.Set<Letter>().Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        foreach (var letter in letters)
        {
            letter.SetMailStatus(status, at);
        }
        audit?.Invoke(db, letters.Count);
        await db.SaveChangesAsync(ct);
        return letters.Count;
    }
}
