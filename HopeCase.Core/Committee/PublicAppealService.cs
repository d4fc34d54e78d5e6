using HopeCase.Core.Data;
using HopeCase.Core.Requests;
using HopeCase.Core.Research;
using HopeCase.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Core.Committee;

/// <summary>
/// A rejected applicant appeals from the public site (P-3.4): the same reference and last four ID digits that
/// /track asks for identify the request; nothing else about it is shown or accepted. With an SMS provider set (issue 10
/// item 6), the appeal also needs the one-time code of purpose <see cref="PublicCodeService.Appeal"/>, checked here and
/// not only on the page, so a withdrawal code or a post that skips the form files nothing.
/// </summary>
public sealed class PublicAppealService(IDbContextFactory<HopeDb> dbs, CommitteeService committee, PublicCodeService codes)
{
    public const int MaxGroundsLength = 2000;

    /// <summary>The last day to appeal, or null when the request is not open to an appeal (not rejected, too late, or no match).</summary>
    public async Task<DateTimeOffset?> DeadlineAsync(string reference, string idLastFour, CancellationToken ct = default) =>
        await FindAsync(reference, idLastFour, ct) is { } id ? await committee.AppealDeadlineAsync(id, ct) : null;

    /// <summary>Whether a code must be given with the appeal (an SMS provider that delivers is set).</summary>
    public bool CodeRequired => codes.Required;

    /// <summary>Sends the appeal's one-time code to the registered mobile; null when the pair matches no request open to an appeal.</summary>
    public async Task<PublicCodeSend?> SendCodeAsync(string reference, string idLastFour, CancellationToken ct = default)
    {
        if (await FindAsync(reference, idLastFour, ct) is not { } id || await committee.AppealDeadlineAsync(id, ct) is null)
        {
            return null;
        }
        return await codes.SendAsync(id, PublicCodeService.Appeal, ct);
    }

    /// <summary>
    /// Files the appeal as the website; the grounds are required, and the appeal code when <see cref="CodeRequired"/>
    /// (a missing or wrong one throws <see cref="CaseRuleException"/> "Requests.CodeWrong"). Returns false when the
    /// request is not open to an appeal.
    /// </summary>
    public async Task<bool> AppealAsync(string reference, string idLastFour, string grounds, string? origin, string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(grounds) || grounds.Length > MaxGroundsLength)
        {
            throw new CaseRuleException("Committee.AppealGroundsRequired");
        }
        if (await FindAsync(reference, idLastFour, ct) is not { } id)
        {
            return false;
        }
        if (codes.Required && !await codes.VerifyAsync(id, PublicCodeService.Appeal, code, ct))
        {
            throw new CaseRuleException("Requests.CodeWrong");
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
