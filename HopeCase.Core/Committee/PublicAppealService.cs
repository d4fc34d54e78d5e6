using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

/// <summary>
/// A rejected applicant appeals from the public site (P-3.4): the same reference and last four ID digits that
/// /track asks for identify the request; nothing else about it is shown or accepted.
/// </summary>
public sealed class PublicAppealService(IDbContextFactory<HopeDb> dbs, CommitteeService committee)
{
    public const int MaxGroundsLength = 2000;

    /// <summary>The last day to appeal, or null when the request is not open to an appeal (not rejected, too late, or no match).</summary>
    public async Task<DateTimeOffset?> DeadlineAsync(string reference, string idLastFour, CancellationToken ct = default) =>
        await FindAsync(reference, idLastFour, ct) is { } id ? await committee.AppealDeadlineAsync(id, ct) : null;

    /// <summary>Files the appeal as the website; the grounds are required. Returns false when the request is not open to an appeal.</summary>
    public async Task<bool> AppealAsync(string reference, string idLastFour, string grounds, string? origin, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(grounds) || grounds.Length > MaxGroundsLength)
        {
            throw new CaseRuleException("Committee.AppealGroundsRequired");
        }
        if (await FindAsync(reference, idLastFour, ct) is not { } id)
        {
            return false;
        }
        // The committee's own checks decide whether the request is open to an appeal: rejected, and within the period.
        try
        {
            await committee.AppealAsync(Actor.System with { Origin = origin, UserName = Organisation.Terms.WebsiteAr }, id, grounds.Trim(), "website", ct);
            return true;
        }
        catch (CaseRuleException e) when (e.Code == "Committee.AppealTooLate")
        {
            return false;
        }
        catch (IllegalTransitionException)
        {
            return false;
        }
    }

    private Task<int?> FindAsync(string reference, string idLastFour, CancellationToken ct) =>
        PublicIntakeService.FindAsync(dbs, reference, idLastFour, ct);
}
