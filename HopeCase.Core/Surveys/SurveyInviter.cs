using System.Globalization;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Letters;
using HopeCase.Core.Messaging;
using HopeCase.Core.Organisation;
using HopeCase.Core.Requests;
using HopeCase.Core.Saudi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Surveys;

/// <summary>
/// The recurring sweep that invites beneficiaries to a survey (P-3.5): (a) after an acceptance or rejection letter is
/// issued, (b) after a service case is closed (InService → Closed; the provider is who closed it). It reads only data
/// the register and the request timeline already hold, so it needs nothing from the committee or service code.
/// One invitation per (request, trigger), enforced by a unique index: a second run adds nothing. It runs the moment
/// a letter is issued or a service closed (SurveyTriggerListener hears the change), and as a recurring safety net.
/// At most one live invitation per beneficiary per day: the most recent trigger wins.
/// </summary>
public sealed class SurveyInviter(IDbContextFactory<HopeDb> dbs, TimeProvider clock, IOptions<FeedbackOptions> options, IOptions<OrganisationProfile> profile)
{
    private sealed record Candidate(int RequestId, SurveyTrigger Trigger, int? LetterId, string? ProviderId, string? ProviderName, DateTimeOffset At);

    public async Task<int> InviteDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-options.Value.SurveyLookbackDays);
        var candidates = new List<Candidate>();
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var letters = await db.Letters.AsNoTracking()
                .Where(l => (l.Type == LetterType.Acceptance || l.Type == LetterType.Rejection) && l.BeneficiaryId != null && l.IssuedAt >= since)
                .Select(l => new { l.Id, l.BeneficiaryId, l.SubjectType, l.SubjectId, l.IssuedAt }).ToListAsync(ct);
            foreach (var l in letters)
            {
                var requestId = await RequestOfLetterAsync(db, l.BeneficiaryId!.Value, l.SubjectType, l.SubjectId, ct);
                if (requestId is { } rid)
                {
                    candidates.Add(new Candidate(rid, SurveyTrigger.DecisionLetter, l.Id, null, null, l.IssuedAt));
                }
            }
            var closures = await db.RequestEvents.AsNoTracking()
                .Where(e => e.To == RequestStatus.Closed && e.From == RequestStatus.InService && e.At >= since)
                .Select(e => new Candidate(e.SupportRequestId, SurveyTrigger.ServiceClosed, null, e.UserId, e.UserName, e.At)).ToListAsync(ct);
            candidates.AddRange(closures);
            var done = await db.SurveyInvitations.AsNoTracking().Where(i => i.Audience == SurveyAudience.Beneficiary && i.CreatedAt >= since.AddDays(-1))
                .Select(i => new { i.SupportRequestId, i.Trigger }).ToListAsync(ct);
            var seen = done.Select(d => (d.SupportRequestId, d.Trigger)).ToHashSet();
            // Oldest trigger first, so that of two on one day the most recent is invited last and wins.
            candidates = candidates.Where(c => seen.Add(((int?)c.RequestId, c.Trigger))).OrderBy(c => c.At).ToList();
        }
        var created = 0;
        foreach (var c in candidates)
        {
            created += await InviteAsync(c, now, ct) ? 1 : 0;
        }
        return created;
    }

    /// <summary>The request a decision letter is about: named by its subject, or else the beneficiary's latest decided request.</summary>
    private static async Task<int?> RequestOfLetterAsync(HopeDb db, int beneficiaryId, string? subjectType, string? subjectId, CancellationToken ct)
    {
        if (subjectType is not null && subjectType.Contains("request", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(subjectId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }
        return await db.Requests.AsNoTracking()
            .Where(r => r.BeneficiaryId == beneficiaryId && r.Events.Any(e => e.To == RequestStatus.Accepted || e.To == RequestStatus.Rejected))
            .OrderByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<bool> InviteAsync(Candidate c, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var request = await db.Requests.Include(r => r.Beneficiary).SingleOrDefaultAsync(r => r.Id == c.RequestId, ct);
        if (request?.Beneficiary is null)
        {
            return false;
        }
        // One invitation per beneficiary per Saudi day: a later trigger the same day replaces an unanswered one
        // (its link stops working, its message is withdrawn if not yet sent); after an answer that day, none.
        var dayStart = SaudiTime.StartOfDay(SaudiTime.LocalDate(now));
        // An invitation made after this trigger happened already speaks for a more recent one: the older never follows it.
        var since = c.At < dayStart ? c.At : dayStart;
        var recent = await db.SurveyInvitations.Where(i => i.BeneficiaryId == request.BeneficiaryId && i.CreatedAt >= since).ToListAsync(ct);
        var today = recent.Where(i => i.CreatedAt >= dayStart).ToList();
        if (recent.Any(i => i.CreatedAt > c.At) || today.Any(i => i.UsedAt != null))
        {
            return false;
        }
        foreach (var earlier in today)
        {
            earlier.Supersede(now);
            var key = $"survey:{earlier.SupportRequestId}:{earlier.Trigger}:";
            foreach (var message in await db.Outbox.Where(m => m.IdempotencyKey.StartsWith(key) && (m.Status == MessageStatus.Pending || m.Status == MessageStatus.Retrying)).ToListAsync(ct))
            {
                message.MarkSuppressed("superseded by a later survey trigger the same day");
            }
        }
        var token = SurveyService.NewToken();
        var expires = now.AddDays(options.Value.SurveyLinkDays);
        db.SurveyInvitations.Add(new SurveyInvitation(SurveyService.Hash(token), request.Id, c.Trigger, request.BeneficiaryId, c.LetterId,
            c.ProviderId, c.ProviderName, request.Channel, request.SupportTypeId, now, expires));
        var culture = CultureInfo.GetCultureInfo(MessageTexts.Language(request.Beneficiary.MessageLanguage) == "en" ? "en-GB" : "ar-SA");
        Outbox.Queue(db, request.Beneficiary, MessageKind.SurveyInvitation, $"survey:{request.Id}:{c.Trigger}",
            new Dictionary<string, string> { ["link"] = LinkFor(token), ["date"] = DualDate.Numeric(expires, culture) }, now);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another run invited for the same (request, trigger) first: nothing more to do.
            return false;
        }
    }

    /// <summary>The public survey page for a token: the link a message carries, never shown to staff.</summary>
    public string LinkFor(string token) => $"{BaseUrl()}/survey/{token}";

    private string BaseUrl()
    {
        var configured = options.Value.PublicBaseUrl;
        var baseUrl = (string.IsNullOrWhiteSpace(configured) ? profile.Value.Website : configured).Trim().TrimEnd('/');
        // A link in a message is always absolute https://: a bare host such as www.hope-psy.org.sa gets it, http:// becomes it.
        return baseUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "https://" + baseUrl["http://".Length..]
            : baseUrl.Contains("://", StringComparison.Ordinal) ? baseUrl : "https://" + baseUrl;
    }
}
