using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Beneficiaries;
using HopeCase.Core.Data;
using HopeCase.Core.LiveUpdates;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Contacts;

public sealed record ContactInput(int? BeneficiaryId, string? CallerName, string? CallerPhone, ContactChannel Channel, ContactDirection Direction,
    ContactPurpose Purpose, string Summary, string? Answer, int? FaqEntryId, int? DurationMinutes);

[PersonalData]
public sealed record ContactView(int Id, int? BeneficiaryId, string? Who, ContactChannel Channel, ContactDirection Direction, ContactPurpose Purpose,
    string Summary, string? Answer, int? FaqEntryId, int? DurationMinutes, DateTimeOffset At, string? StaffName, bool Referred);

/// <summary>Every contact on every channel is recorded with what was answered (P-4, P-6.1).</summary>
public sealed class ContactService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, ChangeNotifier notifier)
{
    public async Task<int> RecordAsync(Actor actor, ContactInput input, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record a contact", Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager);
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Summary))
        {
            throw new ArgumentException("A contact needs a summary.", nameof(input));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var contact = new Contact(input.BeneficiaryId, input.CallerName, input.CallerPhone, input.Channel, input.Direction, input.Purpose,
            input.Summary, input.Answer, input.FaqEntryId, input.DurationMinutes, clock.GetUtcNow(), actor.UserId, actor.UserName);
        db.Contacts.Add(contact);
        await audit.SaveNewAsync(db, actor, "ContactRecorded", input.BeneficiaryId is null ? "Contact" : "Beneficiary",
            () => (input.BeneficiaryId ?? contact.Id).ToString(CultureInfo.InvariantCulture), $"{input.Channel}/{input.Purpose}", ct);
        await notifier.PublishAsync(ChangeTopic.Contacts);
        return contact.Id;
    }

    public async Task<IReadOnlyList<ContactView>> ForBeneficiaryAsync(Actor actor, int beneficiaryId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read contacts", BeneficiaryService.CaseRoles);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await db.Contacts.AsNoTracking().Where(c => c.BeneficiaryId == beneficiaryId).OrderByDescending(c => c.At).Select(View).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "ContactsRead", "Contact", list.Select(c => c.Id), $"beneficiary {beneficiaryId}", ct);
        return list;
    }

    /// <summary>Inquiries nobody could answer yet, oldest first: the work left from the channels.</summary>
    public async Task<IReadOnlyList<ContactView>> UnansweredAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "read contacts", Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var list = await db.Contacts.AsNoTracking().Where(c => c.Answer == null || c.Answer == "").OrderBy(c => c.At).Take(200).Select(View).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "ContactsUnansweredRead", "Contact", list.Select(c => c.Id), ct: ct);
        return list;
    }

    public async Task AnswerAsync(Actor actor, int contactId, string answer, int? faqEntryId, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "answer a contact", Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, ct);
        contact.RecordAnswer(answer, faqEntryId);
        audit.Add(db, actor, "ContactAnswered", "Contact", contactId.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(ChangeTopic.Contacts);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Contact, ContactView>> View = c =>
        new ContactView(c.Id, c.BeneficiaryId, c.CallerName, c.Channel, c.Direction, c.Purpose, c.Summary, c.Answer, c.FaqEntryId, c.DurationMinutes, c.At, c.StaffName, c.Referred);
}
