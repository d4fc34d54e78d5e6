using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Contacts;
using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

[PersonalData]
public sealed record BeneficiaryFile(
    int Id, string First, string Father, string Grandfather, string Family, string FullName, string? LatinName, string NationalId,
    DateOnly? IdExpiry, string Nationality, Gender Gender, DateOnly BirthDate, string? Mobile, string? Email, string Region,
    string Governorate, string? Address, MaritalStatus? MaritalStatus, int? HouseholdSize, IncomeBracket? Income,
    ContactChannel PreferredChannel, bool ConsentSms, bool ConsentEmail, DateTimeOffset? ConsentRecordedAt, string? ConsentRecordedBy,
    RiskLevel Risk, string? FileNumber, DateTimeOffset CreatedAt)
{
    public BeneficiaryInput ToInput() => new(new ArabicName(First, Father, Grandfather, Family), LatinName, NationalId, IdExpiry, Nationality,
        Gender, BirthDate, Mobile, Email, Region, Governorate, Address, MaritalStatus, HouseholdSize, Income, PreferredChannel, ConsentSms, ConsentEmail);
}

public enum TimelineKind
{
    Contact,
    Request,
    Referral,
    Letter,
}

/// <summary>One line of a beneficiary's story: a contact, a move of a request, a referral.</summary>
/// <remarks>Reference is the request's one public id (1448-000021); it is null for a draft, which has none yet.</remarks>
/// <remarks>ItemId names the row it comes from ("Contact:12", "RequestEvent:40", "Referral:3", "Letter:7"), as the audit entry of the read lists it.</remarks>
[PersonalData]
public sealed record TimelineItem(DateTimeOffset At, TimelineKind Kind, string Title, string? Detail, string? By, int? RequestId, string? Reference = null, string ItemId = "");

[PersonalData]
public sealed record RequestSummary(int Id, string? Reference, string TypeAr, string TypeEn, RequestStatus Status, bool IsCritical, DateTimeOffset? DueAt);

/// <summary>Reading a beneficiary's file: every read is written to the audit trail.</summary>
public sealed class BeneficiaryFileService(IDbContextFactory<HopeDb> dbs, AuditLog audit)
{
    public async Task<BeneficiaryFile?> ReadAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a beneficiary's file", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await RequestAccess.RequireBeneficiaryAsync(db, actor, id, "read a beneficiary's file", ct);
        var file = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == id).Select(b => new BeneficiaryFile(
            b.Id, b.FirstName, b.FatherName, b.GrandfatherName, b.FamilyName, b.FullName, b.LatinName, b.NationalId, b.IdExpiry,
            b.Nationality, b.Gender, b.BirthDate, b.Mobile, b.Email, b.Region, b.Governorate, b.Address, b.MaritalStatus,
            b.HouseholdSize, b.Income, b.PreferredChannel, b.ConsentSms, b.ConsentEmail, b.ConsentRecordedAt, b.ConsentRecordedBy,
            b.Risk, b.FileNumber, b.CreatedAt)).SingleOrDefaultAsync(ct);
        if (file is not null)
        {
            await audit.RecordAsync(actor, "BeneficiaryFileRead", "Beneficiary", id.ToString(CultureInfo.InvariantCulture), null, ct);
        }
        return file;
    }

    public async Task<IReadOnlyList<RequestSummary>> RequestsAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a beneficiary's requests", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await RequestAccess.RequireBeneficiaryAsync(db, actor, id, "read a beneficiary's requests", ct);
        var list = await db.Requests.AsNoTracking().Where(r => r.BeneficiaryId == id).OrderByDescending(r => r.Id)
            .Select(r => new RequestSummary(r.Id, r.Reference, r.SupportType!.NameAr, r.SupportType.NameEn, r.Status, r.IsCritical, r.DueAt))
            .ToListAsync(ct);
        await audit.RecordShownAsync(actor, "BeneficiaryRequestsRead", "SupportRequest", list.Select(r => r.Id), $"beneficiary {id}", ct);
        return list;
    }

    /// <summary>Contacts, request moves, referrals and issued letters, newest first.</summary>
    public async Task<IReadOnlyList<TimelineItem>> TimelineAsync(Actor actor, int id, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read a beneficiary's timeline", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await RequestAccess.RequireBeneficiaryAsync(db, actor, id, "read a beneficiary's timeline", ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.BeneficiaryId == id)
            .Select(c => new TimelineItem(c.At, TimelineKind.Contact, $"{c.Channel}|{c.Purpose}", c.Summary + (c.Answer == null ? "" : " — " + c.Answer), c.StaffName, null, null, "Contact:" + c.Id))
            .ToListAsync(ct);
        var moves = await (from e in db.RequestEvents.AsNoTracking()
                           join r in db.Requests on e.SupportRequestId equals r.Id
                           where r.BeneficiaryId == id
                           select new TimelineItem(e.At, TimelineKind.Request, $"{e.To}", e.Note, e.UserName, r.Id, r.Reference, "RequestEvent:" + e.Id)).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.BeneficiaryId == id)
            .Select(r => new TimelineItem(r.AskedAt, TimelineKind.Referral, r.Question, r.Answer, r.AskedByName, r.SupportRequestId, null, "Referral:" + r.Id))
            .ToListAsync(ct);
        var letters = await db.Letters.AsNoTracking().Where(l => l.BeneficiaryId == id)
            .Select(l => new TimelineItem(l.IssuedAt, TimelineKind.Letter, l.Type.ToString(), l.Number, l.IssuedBy, null, null, "Letter:" + l.Id))
            .ToListAsync(ct);
        var timeline = contacts.Concat(moves).Concat(referrals).Concat(letters).OrderByDescending(t => t.At).ToList();
        // The entry names every item shown (contacts, request moves, referrals, letters), not only the requests.
        await audit.RecordAsync(actor, "BeneficiaryTimelineRead", "Beneficiary", id.ToString(CultureInfo.InvariantCulture), AuditLog.Shown(timeline.Select(t => t.ItemId)), ct);
        return timeline;
    }
}
