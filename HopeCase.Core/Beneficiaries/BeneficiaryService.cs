using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Beneficiaries;

/// <summary>Beneficiary files: search first, no duplicates, every read and change audited.</summary>
public sealed class BeneficiaryService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock)
{
    /// <summary>Staff who work on beneficiaries' files.</summary>
    public static readonly string[] CaseRoles = [Roles.RelationsOfficer, Roles.ResearchOfficer, Roles.Manager, Roles.CommitteeMember];

    /// <summary>The longest query looked at; the rest of a pasted text is ignored.</summary>
    public const int MaxQueryLength = 200;

    private readonly AuditedReadTurns _searches = new(dbs);

    /// <summary>
    /// An ID or mobile is matched exactly (a wrong check digit: as the beginning of an ID); anything else is a name on
    /// the token index, ranked whole name, then every word, then partial (<see cref="BeneficiaryNameSearch"/>).
    /// Any text gives a page or none, never an error.
    /// </summary>
    public Task<SearchPage> SearchAsync(Actor actor, string query, SearchCursor? after = null, int take = 20, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "search beneficiaries", CaseRoles);
        take = Math.Clamp(take, 1, 100);
        query ??= "";
        query = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        // One transaction: the page is read and its audit entry written and committed together (officers searching at
        // once share a turn's transaction, each page with its own entry: AuditedReadTurns).
        return _searches.RunAsync(async (db, token) =>
        {
            var (hits, next) = await FindAsync(db, query, after, take, token);
            await audit.AppendShownAsync(db, actor, after is null ? "BeneficiarySearch" : "BeneficiarySearchMore", "Beneficiary", hits.Select(h => h.Id), query, token);
            return new SearchPage(hits, next);
        }, ct);
    }

    private static async Task<(List<BeneficiaryHit> Hits, SearchCursor? Next)> FindAsync(HopeDb db, string query, SearchCursor? after, int take, CancellationToken ct)
    {
        var normal = ArabicText.Normalize(query);
        var compact = normal.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            return ([], null);
        }
        if (compact.All(char.IsAsciiDigit))
        {
            return await BeneficiaryNumberSearch.PageAsync(db, query, compact, after, take, ct);
        }
        var words = ArabicNames.Tokens(normal);
        return await BeneficiaryNameSearch.PageAsync(db, words, string.Join(' ', words), after, take, ct);
    }

    internal static readonly System.Linq.Expressions.Expression<Func<Beneficiary, BeneficiaryHit>> Hit =
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
        // The same person typed another way: the same birth date (an indexed handful) and names that meet on their match keys.
        var key = input.Name.MatchKey;
        var born = await others.Where(b => b.BirthDate == input.BirthDate).OrderBy(b => b.Id).Select(b => new { b.Id, b.NameKey }).Take(1000).ToListAsync(ct);
        var twinIds = born.Where(b => ArabicNames.SamePerson(key, b.NameKey)).Select(b => b.Id).Take(20).ToList();
        var twins = twinIds.Count == 0 ? [] : await others.Where(b => twinIds.Contains(b.Id)).OrderBy(b => b.Id).Select(Hit).ToListAsync(ct);
        var check = new DuplicateCheck(sameId, sameMobile, twins);
        // A reverse lookup by ID or mobile: the entry keeps what was looked up (masked) and the files the form showed.
        var shown = new[] { sameId }.OfType<BeneficiaryHit>().Concat(sameMobile).Concat(twins).Select(h => h.Id);
        await audit.RecordShownAsync(actor, "BeneficiaryDuplicatesShown", "Beneficiary", shown,
            $"id {input.NationalId} mobile {input.Mobile}", ct);
        return check;
    }

    /// <summary>The same check for many new files at once (an import), in a few queries per 500 (<see cref="BeneficiaryDuplicates"/>).</summary>
    public Task<IReadOnlyList<DuplicateCheck>> CheckDuplicatesAsync(Actor actor, IReadOnlyList<BeneficiaryInput> inputs, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "check duplicates", [.. CaseRoles, Roles.System]);
        return BeneficiaryDuplicates.CheckManyAsync(dbs, inputs ?? throw new ArgumentNullException(nameof(inputs)), ct);
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
        var b = BeneficiaryRules.NewFile(input, now, actor.UserName);
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
