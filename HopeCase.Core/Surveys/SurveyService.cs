using System.Globalization;
using System.Security.Cryptography;
using HopeCase.Core.Arabic;
using HopeCase.Core.Audit;
using HopeCase.Core.Data;
using HopeCase.Core.Feedback;
using HopeCase.Core.Requests;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HopeCase.Core.Surveys;

public enum SurveyLinkState
{
    Valid,
    Used,
    Expired,
    Unknown,
}

public sealed record SurveyAnswer(SurveyScores Scores, string? Comment, bool Anonymous);

/// <summary>Answering surveys: online through a single-use link, or recorded by staff from a phone call or a paper form.</summary>
public sealed class SurveyService(IDbContextFactory<HopeDb> dbs, AuditLog audit, TimeProvider clock, IOptions<FeedbackOptions> options)
{
    public static readonly string[] RecordingRoles = [Roles.RelationsOfficer, Roles.Manager];

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token ?? "")));

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(24));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<SurveyLinkState> StateAsync(string token, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var hash = Hash(token);
        var inv = await db.SurveyInvitations.AsNoTracking().Where(i => i.TokenHash == hash)
            .Select(i => new { i.UsedAt, i.ExpiresAt }).SingleOrDefaultAsync(ct);
        return inv is null ? SurveyLinkState.Unknown
            : inv.UsedAt is not null ? SurveyLinkState.Used
            : inv.ExpiresAt <= clock.GetUtcNow() ? SurveyLinkState.Expired
            : SurveyLinkState.Valid;
    }

    /// <summary>
    /// Uses the link and stores the answer, in one transaction. The link is claimed by a conditional update
    /// (unused and unexpired), so a double submit stores one answer and the second is told the link was used.
    /// </summary>
    public async Task<SurveyLinkState> SubmitOnlineAsync(string token, SurveyAnswer answer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.Scores.IsValid)
        {
            throw new ArgumentException("Scores out of range.", nameof(answer));
        }
        var now = clock.GetUtcNow();
        var hash = Hash(token);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.SurveyInvitations.Where(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), ct);
        if (claimed != 1)
        {
            await tx.RollbackAsync(ct);
            return await StateAsync(token, ct);
        }
        var inv = await db.SurveyInvitations.AsNoTracking().SingleAsync(i => i.TokenHash == hash, ct);
        var context = inv.Audience == SurveyAudience.Internal
            ? new SurveyContext(null, null, inv.Trigger, null, null, inv.ProviderId, inv.ProviderName, SurveyAudience.Internal,
                await db.InternalServices.Where(x => x.Id == inv.InternalServiceId).Select(x => (int?)x.DepartmentId).SingleAsync(ct), inv.InternalServiceId)
            : new SurveyContext(inv.BeneficiaryId, inv.SupportRequestId, inv.Trigger, inv.Channel, inv.SupportTypeId, inv.ProviderId, inv.ProviderName);
        var response = new SurveyResponse(SurveyMode.Online, answer.Scores, answer.Comment, answer.Anonymous, now, context, null, null);
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(ct);
        OpenFollowUpIfNeeded(db, response, now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return SurveyLinkState.Valid;
    }

    /// <summary>A survey taken by phone or on paper, typed in by staff; marked with its mode and who recorded it.</summary>
    public async Task<int> RecordOfflineAsync(Actor actor, int? requestId, SurveyMode mode, SurveyAnswer answer, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "record a survey", RecordingRoles);
        ArgumentNullException.ThrowIfNull(answer);
        if (mode == SurveyMode.Online || !answer.Scores.IsValid)
        {
            throw new ArgumentException("A recorded survey is by phone or paper, with every score in range.", nameof(answer));
        }
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var context = new SurveyContext(null, null, null, null, null, null, null);
        if (requestId is { } rid)
        {
            var r = await db.Requests.AsNoTracking().Where(x => x.Id == rid)
                .Select(x => new { x.BeneficiaryId, x.Channel, x.SupportTypeId, x.Status }).SingleAsync(ct);
            var closer = await db.RequestEvents.AsNoTracking()
                .Where(e => e.SupportRequestId == rid && e.To == RequestStatus.Closed && e.From == RequestStatus.InService)
                .Select(e => new { e.UserId, e.UserName }).FirstOrDefaultAsync(ct);
            context = new SurveyContext(r.BeneficiaryId, rid, closer is null ? SurveyTrigger.DecisionLetter : SurveyTrigger.ServiceClosed,
                r.Channel, r.SupportTypeId, closer?.UserId, closer?.UserName);
        }
        var response = new SurveyResponse(mode, answer.Scores, answer.Comment, answer.Anonymous, now, context, actor.UserId, actor.UserName);
        db.SurveyResponses.Add(response);
        await audit.SaveNewAsync(db, actor, "SurveyRecorded", "SurveyResponse", () => response.Id.ToString(CultureInfo.InvariantCulture),
            answer.Anonymous ? mode.ToString() : $"{mode} request {requestId}", ct);
        OpenFollowUpIfNeeded(db, response, now);
        await db.SaveChangesAsync(ct);
        return response.Id;
    }

    /// <summary>The request with this reference (e.g. 1448-000123), for staff typing in a paper form.</summary>
    public async Task<int?> FindRequestAsync(Actor actor, string reference, CancellationToken ct = default)
    {
        Guard.RequireRole(actor, "find a request for a survey", RecordingRoles);
        var r = ArabicDigits.ToAscii((reference ?? "").Trim());
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Requests.AsNoTracking().Where(x => x.Reference == r).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
    }

    private void OpenFollowUpIfNeeded(HopeDb db, SurveyResponse response, DateTimeOffset now)
    {
        // The follow-up list is the beneficiaries' (P-3.6); a department's low rating shows on its own panel.
        if (response.Audience == SurveyAudience.Beneficiary && FollowUpRule(response.Lowest, response.Comment, options.Value) is { } reason)
        {
            db.FollowUpTasks.Add(new FollowUpTask(response.Id, reason, now));
        }
    }

    /// <summary>Why an answer needs a manager's follow-up, or null when it does not.</summary>
    public static FollowUpReason? FollowUpRule(int lowestScore, string? comment, FeedbackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var low = lowestScore <= options.FollowUpThreshold;
        var text = " " + ArabicText.Normalize(comment) + " ";
        var negative = !string.IsNullOrWhiteSpace(comment)
            && options.NegativeWords.Any(w => text.Contains(ArabicText.Normalize(w), StringComparison.Ordinal));
        return (low, negative) switch
        {
            (true, true) => FollowUpReason.LowScoreAndComment,
            (true, false) => FollowUpReason.LowScore,
            (false, true) => FollowUpReason.NegativeComment,
            _ => null,
        };
    }
}
