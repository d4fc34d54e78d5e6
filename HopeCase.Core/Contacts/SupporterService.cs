using System.Globalization;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Research;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Contacts;

public sealed record SupporterInput(SupporterKind Kind, string Name, string? Mobile, string? Email, string Who, string Offer);

[PersonalData]
public sealed record SupporterLine(int Id, SupporterKind Kind, string Name, string? Mobile, string? Email, string Who, string Offer, DateTimeOffset At, string? StaffName);

/// <summary>The register of volunteers and supporters (P-1): relations officers record them, managers read the list.</summary>
public sealed class SupporterService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    public async Task<int> RecordAsync(Actor actor, SupporterInput input, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record a volunteer or supporter", Roles.RelationsOfficer, Roles.Manager);
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Offer))
        {
            throw new CaseRuleException("Contacts.SupporterNameAndOffer");
        }
        string? mobile = null;
        if (!string.IsNullOrWhiteSpace(input.Mobile))
        {
            mobile = SaudiMobile.TryParse(input.Mobile, out var m) ? m.Value.International : throw new CaseRuleException("Contacts.SupporterMobile");
        }
        if (mobile is null && string.IsNullOrWhiteSpace(input.Email))
        {
            throw new CaseRuleException("Contacts.SupporterReachable");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = new SupporterContact(input.Kind, input.Name, mobile, input.Email, input.Who ?? "", input.Offer, clock.GetUtcNow(), actor.UserName);
        db.Add(row);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actor, "SupporterRecorded", "SupporterContact", row.Id.ToString(CultureInfo.InvariantCulture), input.Kind.ToString(), ct);
        return row.Id;
    }

    /// <summary>Newest first; managers only (the list holds people's contact details).</summary>
    public async Task<IReadOnlyList<SupporterLine>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "list volunteers and supporters", Roles.Manager);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Set<SupporterContact>().AsNoTracking().OrderByDescending(s => s.Id).Take(500)
            .Select(s => new SupporterLine(s.Id, s.Kind, s.Name, s.Mobile, s.Email, s.Who, s.Offer, s.At, s.StaffName)).ToListAsync(ct);
        await audit.RecordShownAsync(actor, "SupportersListed", "SupporterContact", rows.Select(r => r.Id), ct: ct);
        return rows;
    }
}
