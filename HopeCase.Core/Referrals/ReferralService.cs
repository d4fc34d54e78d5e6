using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Referrals;

[PersonalData]
public sealed record ReferralView(int Id, int BeneficiaryId, string BeneficiaryName, int? RequestId, string Question, DateTimeOffset AskedAt,
    string? AskedBy, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy);

/// <summary>P-6.3: questions referred to the social research officer, answered on the beneficiary's file.</summary>
public sealed class ReferralService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier)
{
    public async Task<int> ReferAsync(Actor actor, int beneficiaryId, int? requestId, int? contactId, string question, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "refer to the research officer", Roles.RelationsOfficer);
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new ArgumentException("The referral needs a question.", nameof(question));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var referral = new ClarificationReferral(beneficiaryId, requestId, contactId, question, clock.GetUtcNow(), actor.UserId, actor.UserName);
        db.Referrals.Add(referral);
        if (contactId is { } cid && await db.Contacts.SingleOrDefaultAsync(c => c.Id == cid, ct) is { } contact)
        {
            contact.Refer();
        }
        audit.Add(db, actor, "ReferredToResearch", "Beneficiary", beneficiaryId.ToString(CultureInfo.InvariantCulture), question);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Referrals);
        return referral.Id;
    }

    /// <summary>The research officer's queue: open referrals, oldest first.</summary>
    public async Task<IReadOnlyList<ReferralView>> OpenAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read referrals", Roles.ResearchOfficer, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await Query(db, r => r.Answer == null, newestFirst: false).Take(200).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "ReferralsOpenRead", "Referral", list.Select(r => r.Id), ct: ct);
        return list;
    }

    public async Task<IReadOnlyList<ReferralView>> ForBeneficiaryAsync(Actor actor, int beneficiaryId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read referrals", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await Query(db, r => r.BeneficiaryId == beneficiaryId, newestFirst: true).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "ReferralsRead", "Referral", list.Select(r => r.Id), $"beneficiary {beneficiaryId}", ct);
        return list;
    }

    public async Task AnswerAsync(Actor actor, int referralId, string answer, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "answer a referral", Roles.ResearchOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
        referral.RecordAnswer(answer, clock.GetUtcNow(), actor.UserName);
        audit.Add(db, actor, "ReferralAnswered", "Beneficiary", referral.BeneficiaryId.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Referrals);
    }

    private static IQueryable<ReferralView> Query(HopeDb db, System.Linq.Expressions.Expression<Func<ClarificationReferral, bool>> filter, bool newestFirst)
    {
        var referrals = db.Referrals.AsNoTracking().Where(filter);
        referrals = newestFirst ? referrals.OrderByDescending(r => r.Id) : referrals.OrderBy(r => r.Id);
        return from r in referrals
        join b in db.Beneficiaries on r.BeneficiaryId equals b.Id
        select new ReferralView(r.Id, r.BeneficiaryId, b.FullName, r.SupportRequestId, r.Question, r.AskedAt, r.AskedByName, r.Answer, r.AnsweredAt, r.AnsweredByName);
    }
}
