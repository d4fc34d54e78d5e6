using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Messaging;

[PersonalData]
public sealed record MessageView(long Id, DateTimeOffset CreatedAt, MessageChannel Channel, MessageKind Kind, string To, string Body, string Culture,
    MessageStatus Status, int Attempts, string? LastError, DateTimeOffset? SentAt, DateTimeOffset? NextAttemptAt, string? Provider);

/// <summary>What was sent to a beneficiary, and how it went: shown on the beneficiary's file.</summary>
public sealed class MessageLog(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public async Task<IReadOnlyList<MessageView>> ForBeneficiaryAsync(Actor actor, int beneficiaryId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a beneficiary's messages", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await db.Outbox.AsNoTracking().Where(m => m.BeneficiaryId == beneficiaryId).OrderByDescending(m => m.Id).Take(200)
            .Select(m => new MessageView(m.Id, m.CreatedAt, m.Channel, m.Kind, m.To, SurveyLinkMask.Mask(m.Body), m.Culture, m.Status, m.Attempts, m.LastError, m.SentAt, m.NextAttemptAt, m.Provider))
            .ToListAsync(ct);
        await audit.RecordAsync(actor, "BeneficiaryMessagesRead", "Beneficiary", beneficiaryId.ToString(CultureInfo.InvariantCulture), null, ct);
        return list;
    }

    public async Task<string> LanguageAsync(Actor actor, int beneficiaryId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a beneficiary's message language", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var language = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == beneficiaryId).Select(b => b.MessageLanguage).SingleAsync(ct);
        return MessageTexts.Language(language);
    }

    public async Task SetLanguageAsync(Actor actor, int beneficiaryId, string language, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "change a beneficiary's message language", Roles.RelationsOfficer, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var b = await db.Beneficiaries.SingleAsync(x => x.Id == beneficiaryId, ct);
        b.SetMessageLanguage(language);
        audit.Add(db, actor, "BeneficiaryMessageLanguageSet", "Beneficiary", beneficiaryId.ToString(CultureInfo.InvariantCulture), b.MessageLanguage);
        await db.SaveChangesAsync(ct);
    }
}
