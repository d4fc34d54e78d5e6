using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

public sealed record BeneficiaryHit(int Id, string FullName, string NationalId, string? Mobile, DateOnly BirthDate, string Governorate, string? FileNumber, RiskLevel Risk);

public sealed record SearchPage(IReadOnlyList<BeneficiaryHit> Hits, int? NextAfterId);

/// <summary>What saving would collide with: an existing ID refuses; a shared mobile or a likely twin only warns.</summary>
public sealed record DuplicateCheck(BeneficiaryHit? SameId, IReadOnlyList<BeneficiaryHit> SameMobile, IReadOnlyList<BeneficiaryHit> SameNameAndBirth)
{
    public bool HasWarnings => SameMobile.Count > 0 || SameNameAndBirth.Count > 0;
}

/// <summary>The outcome of a save. Errors are codes ("NationalId.Invalid") that pages turn into words.</summary>
public sealed record BeneficiarySave(int? Id, IReadOnlyList<string> Errors, DuplicateCheck? Duplicates)
{
    public bool Saved => Id is not null;
}

/// <summary>Beneficiary files: search first, no duplicates, every read and change audited.</summary>
public sealed class BeneficiaryService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    /// <summary>Staff who work on beneficiaries' files.</summary>
    public static readonly string[] CaseRoles = [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.CommitteeMember];

    public async Task<SearchPage> SearchAsync(Actor actor, string query, int? afterId = null, int take = 20, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "search beneficiaries", CaseRoles);
        take = Math.Clamp(take, 1, 100);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var q = Filter(db.Beneficiaries.AsNoTracking(), query);
        if (q is null)
        {
            return new SearchPage([], null);
        }
        if (afterId is { } after)
        {
            q = q.Where(b => b.Id > after);
        }
        var hits = await q.OrderBy(b => b.Id).Take(take + 1).Select(Hit).ToListAsync(ct);
        var next = hits.Count > take ? hits[take - 1].Id : (int?)null;
        if (afterId is null)
        {
            await audit.RecordAsync(actor, "BeneficiarySearch", "Beneficiary", null, query.Length > 100 ? query[..100] : query, ct);
        }
        return new SearchPage(hits.Take(take).ToList(), next);
    }

    /// <summary>An ID or mobile is matched exactly; anything else is a name, every word of which must appear.</summary>
    private static IQueryable<Beneficiary>? Filter(IQueryable<Beneficiary> source, string query)
    {
        var normal = ArabicText.Normalize(query);
        if (normal.Length == 0)
        {
            return null;
        }
        var digits = ArabicDigits.DigitsOnly(normal);
        if (digits.Length == normal.Replace(" ", "", StringComparison.Ordinal).TrimStart('+').Length)
        {
            if (SaudiNationalId.TryParse(digits, out var id))
            {
                return source.Where(b => b.NationalId == id.Value.Value);
            }
            if (SaudiMobile.TryParse(query, out var mobile))
            {
                var intl = mobile.Value.International;
                return source.Where(b => b.Mobile == intl);
            }
            return digits.Length >= 4 ? source.Where(b => b.NationalId.StartsWith(digits)) : null;
        }
        foreach (var token in normal.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            source = source.Where(b => b.NameNormalized.Contains(token));
        }
        return source;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Beneficiary, BeneficiaryHit>> Hit =
        b => new BeneficiaryHit(b.Id, b.FullName, b.NationalId, b.Mobile, b.BirthDate, b.Governorate, b.FileNumber, b.Risk);

    public async Task<DuplicateCheck> CheckDuplicatesAsync(Actor actor, BeneficiaryInput input, int? exceptId = null, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "check duplicates", [.. CaseRoles, Roles.System]);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var others = db.Beneficiaries.AsNoTracking().Where(b => b.Id != exceptId);
        BeneficiaryHit? sameId = null;
        if (SaudiNationalId.TryParse(input.NationalId, out var nid))
        {
            sameId = await others.Where(b => b.NationalId == nid.Value.Value).Select(Hit).FirstOrDefaultAsync(ct);
        }
        var mobile = SaudiMobile.Normalize(input.Mobile);
        var sameMobile = mobile is null ? [] : await others.Where(b => b.Mobile == mobile).Select(Hit).Take(20).ToListAsync(ct);
        var name = ArabicText.Normalize(input.Name.Full);
        var latin = string.IsNullOrWhiteSpace(input.LatinName) ? name : ArabicText.Normalize($"{input.Name.Full} {input.LatinName}");
        var twins = await others.Where(b => b.BirthDate == input.BirthDate && (b.NameNormalized == name || b.NameNormalized == latin || b.NameNormalized.StartsWith(name)))
            .Select(Hit).Take(20).ToListAsync(ct);
        return new DuplicateCheck(sameId, sameMobile, twins);
    }

    /// <summary>Creates the file. An existing ID refuses; warnings refuse until the officer acknowledges them.</summary>
    public async Task<BeneficiarySave> CreateAsync(Actor actor, BeneficiaryInput input, bool acknowledgeWarnings, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "create a beneficiary", [Roles.RelationsOfficer, Roles.System]);
        var errors = BeneficiaryRules.Validate(input);
        if (errors.Count > 0)
        {
            return new BeneficiarySave(null, errors, null);
        }
        var duplicates = await CheckDuplicatesAsync(actor, input, null, ct);
        if (duplicates.SameId is not null)
        {
            return new BeneficiarySave(null, ["NationalId.Exists"], duplicates);
        }
        if (duplicates.HasWarnings && !acknowledgeWarnings)
        {
            return new BeneficiarySave(null, ["Duplicates.Unacknowledged"], duplicates);
        }

        var now = clock.GetUtcNow();
        var b = new Beneficiary(input.Name, SaudiNationalId.Parse(input.NationalId), input.Gender, input.BirthDate,
            SaudiMobile.TryParse(input.Mobile, out var m) ? m : null, input.Governorate, now, actor.UserName);
        b.Rename(input.Name, input.LatinName);
        b.UpdateDetails(BeneficiaryRules.Details(input));
        b.RecordConsent(input.ConsentSms, input.ConsentEmail, now, actor.UserName);
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Beneficiaries.Add(b);
        try
        {
            await audit.SaveNewAsync(db, actor, "BeneficiaryCreated", "Beneficiary", () => b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                duplicates.HasWarnings ? "duplicate warnings acknowledged" : null, ct);
        }
        catch (DbUpdateException)
        {
            // Two officers saving the same person at the same moment: the unique index decides.
            var now2 = await CheckDuplicatesAsync(actor, input, null, ct);
            if (now2.SameId is null)
            {
                throw;
            }
            return new BeneficiarySave(null, ["NationalId.Exists"], now2);
        }
        return new BeneficiarySave(b.Id, [], duplicates);
    }

    public async Task<BeneficiarySave> UpdateAsync(Actor actor, int id, BeneficiaryInput input, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "change a beneficiary", Roles.RelationsOfficer, Roles.Manager);
        var errors = BeneficiaryRules.Validate(input);
        if (errors.Count > 0)
        {
            return new BeneficiarySave(null, errors, null);
        }
        var duplicates = await CheckDuplicatesAsync(actor, input, id, ct);
        if (duplicates.SameId is not null)
        {
            return new BeneficiarySave(null, ["NationalId.Exists"], duplicates);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var b = await db.Beneficiaries.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b is null)
        {
            return new BeneficiarySave(null, ["NotFound"], null);
        }
        if (b.NationalId != SaudiNationalId.Parse(input.NationalId).Value)
        {
            return new BeneficiarySave(null, ["NationalId.Immutable"], null);
        }
        b.Rename(input.Name, input.LatinName);
        b.UpdateDetails(BeneficiaryRules.Details(input));
        b.RecordConsent(input.ConsentSms, input.ConsentEmail, clock.GetUtcNow(), actor.UserName);
        audit.Add(db, actor, "BeneficiaryChanged", "Beneficiary", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return new BeneficiarySave(id, [], duplicates);
    }
}
