using System.Globalization;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Requests;

/// <summary>P-4: a request opened from a recorded contact carries that contact's channel and is linked to it.</summary>
public sealed partial class RequestIntakeService
{
    public async Task<int> CreateDraftFromContactAsync(Actor actor, int contactId, int supportTypeId, string description, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "open a support request", Roles.RelationsOfficer);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, ct)
            ?? throw new KeyNotFoundException("Unknown contact.");
        if (contact.BeneficiaryId is not { } beneficiaryId)
        {
            throw new CaseRuleException("Requests.ContactWithoutFile");
        }
        if (!await db.SupportTypes.AnyAsync(t => t.Id == supportTypeId && t.IsActive, ct))
        {
            throw new KeyNotFoundException("Unknown support type.");
        }
        var request = new SupportRequest(beneficiaryId, supportTypeId, description, contact.Channel, fromWebsite: false, clock.GetUtcNow(), actor);
        request.CameFrom(contact);
        db.Requests.Add(request);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "RequestDrafted", "SupportRequest", request.Id.ToString(CultureInfo.InvariantCulture),
            $"beneficiary {beneficiaryId}, from contact {contactId} ({contact.Channel})", ct);
        return request.Id;
    }
}
